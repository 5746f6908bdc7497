using CertEngine.Contracts;

namespace CertEngine.Server.Features.Supervision;

/// <summary>What filing a supervision record came to.</summary>
public abstract record FilingOutcome
{
    private FilingOutcome()
    {
    }

    /// <summary>Stored (and audited).</summary>
    public sealed record Filed(SupervisionRecordView Record) : FilingOutcome;

    /// <summary>Refused by the rules; nothing changed.</summary>
    public sealed record Refused(CommandReply Reply) : FilingOutcome;
}
