namespace CertEngine.Grains.Library;

/// <summary>Log entries of bank publication from the web (3100–3199). Never bank content.</summary>
internal static partial class BankLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Bank {BankCode} draft of {Files} files saved by {Actor}")]
    public static partial void DraftSaved(this ILogger logger, string bankCode, int files, string actor);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Bank {BankCode} version {Version} published by {Actor}, manifest {ManifestSha256}")]
    public static partial void Published(this ILogger logger, string bankCode, int version, string actor, string manifestSha256);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Bank {BankCode} publication refused with {Problems} problems")]
    public static partial void PublishRefused(this ILogger logger, string bankCode, int problems);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Bank {BankCode} version {Version} was stored but not listed (interrupted publication); adopted")]
    public static partial void Adopted(this ILogger logger, string bankCode, int version);
}
