namespace CertEngine.Server.Web.Cluster;

internal static partial class ClusterLog
{
    [LoggerMessage(EventId = 7330, Level = LogLevel.Warning, Message = "集群节点暂时不可达，{Count} 个请求已答复 503 (a silo of the cluster could not be reached: {Count} request(s) answered 503, Retry-After {RetryAfter} s; last cause: {Cause})")]
    public static partial void Unavailable(ILogger logger, long count, string cause, int retryAfter);
}
