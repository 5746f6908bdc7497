namespace CertEngine.Server.Hosting.Keys;

/// <summary>Log entries of the stored keys (EventIds 7301–7399). Never the key material, only key ids.</summary>
internal static partial class KeyLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Stored the first certificate signing key {KeyId}")]
    public static partial void FirstKeyGenerated(this ILogger logger, string keyId);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Information, Message = "Imported {Count} certificate signing key(s) from {Folder}; the files are left as they are")]
    public static partial void KeysImported(this ILogger logger, int count, string folder);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Information, Message = "Certificates are signed with key {KeyId}; {Published} key(s) published")]
    public static partial void SigningKey(this ILogger logger, string keyId, int published);

    [LoggerMessage(EventId = 7304, Level = LogLevel.Warning, Message = "Could not refresh the certificate signing keys; keeping the {Published} key(s) loaded")]
    public static partial void RefreshFailed(this ILogger logger, int published, Exception error);

    [LoggerMessage(EventId = 7305, Level = LogLevel.Information, Message = "Stored the first Data Protection key {KeyId} (cookies, anti-forgery tokens)")]
    public static partial void FirstDataProtectionKey(this ILogger logger, Guid keyId);
}
