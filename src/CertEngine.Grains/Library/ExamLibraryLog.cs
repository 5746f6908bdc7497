namespace CertEngine.Grains.Library;

internal static partial class ExamLibraryLog
{
    [LoggerMessage(EventId = 2600, Level = LogLevel.Information, Message = "Bank {BankId} v{Version} read from the store in {Milliseconds:0} ms (intact: {Intact})")]
    public static partial void StoredVersionLoaded(this ILogger logger, string bankId, int version, bool intact, double milliseconds);
}
