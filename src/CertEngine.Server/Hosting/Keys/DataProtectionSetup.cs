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
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new StoredXmlRepository(table));
        return builder;
    }
}
