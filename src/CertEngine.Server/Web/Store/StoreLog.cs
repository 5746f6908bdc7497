namespace CertEngine.Server.Web.Store;

/// <summary>Log entries of the store-availability area (EventIds 7200–7299).</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Error, Message = "Store {Store} is unavailable: {Reason}. Requests that need it answer 503 until it answers again; probing every {OutageProbeInterval}")]
    public static partial void StoreDown(this ILogger logger, string store, string reason, TimeSpan outageProbeInterval);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Store {Store} answers again after an outage of {Outage}; serving requests")]
    public static partial void StoreBack(this ILogger logger, string store, TimeSpan outage);
}
