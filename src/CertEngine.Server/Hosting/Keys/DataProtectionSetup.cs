using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertEngine.Server.Hosting.Options;
using CertEngine.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace CertEngine.Server.Hosting.Keys;

/// <summary>ASP.NET Core Data Protection (cookies, anti-forgery tokens) on the store every server of a cluster shares.</summary>
public static class DataProtectionSetup
{
    /// <summary>The application name every server shares; keys protect only for servers with the same name.</summary>
    public const string ApplicationName = "CertEngine";

    /// <summary>
    /// Adds Data Protection with its keys in the store's key table (<see cref="StoredXmlRepository"/>). Call it after
    /// the silo is added (its start migrates the embedded store) and before anything else adds Data Protection.
    /// </summary>
    public static WebApplicationBuilder AddCertEngineDataProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(CertEngineOptions.Section).Get<CertEngineOptions>() ?? new CertEngineOptions();
        var table = new DataProtectionKeyTable(CertEngineSilo.StorageSettingsFor(options, builder.Configuration));
        builder.Services.AddSingleton(table);

        // Before AddDataProtection: hosted services start in the order registered, and Data Protection's own one
        // loads the key ring (creating a key if there is none) when it starts.
        builder.Services.AddHostedService<DataProtectionFirstKey>();
        var protection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        if (LoadKeyCertificate(options) is { } certificate)
        {
            // New keys are encrypted to the certificate; keys stored before it was configured stay readable as they are.
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new StoredXmlRepository(table));
        return builder;
    }

    /// <summary>The configured key-encryption certificate, or null when none is configured.</summary>
    /// <exception cref="InvalidOperationException">The file is missing, unreadable, not PKCS #12, or its key is not there.</exception>
    internal static X509Certificate2? LoadKeyCertificate(CertEngineOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.KeyCertificate))
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(options.KeyCertificate, options.KeyCertificatePassword,
                X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"无法读取 --key-certificate 的证书 {options.KeyCertificate}：{e.Message}（需要含私钥的 .pfx，密码放在环境变量 CertEngine__KeyCertificatePassword） " +
                $"(cannot read the --key-certificate {options.KeyCertificate}: {e.Message}; a .pfx with its private key is needed, its password in CertEngine__KeyCertificatePassword)", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException(
                $"--key-certificate {options.KeyCertificate} 不含私钥，无法解密已存的密钥 (has no private key, so stored keys could not be decrypted)");
        }

        return certificate;
    }
}
