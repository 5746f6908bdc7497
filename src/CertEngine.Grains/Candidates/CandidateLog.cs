namespace CertEngine.Grains.Candidates;

/// <summary>Log messages of the candidate grain (EventIds 2400–2499). Candidates are named by their internal id, never the ID number.</summary>
internal static partial class CandidateLog
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Warning, Message = "Candidate {InternalId}: {Count} enrolment facts wait for the record store; retried every minute")]
    public static partial void OutboxUnreachable(this ILogger logger, Exception exception, string internalId, int count);
}
