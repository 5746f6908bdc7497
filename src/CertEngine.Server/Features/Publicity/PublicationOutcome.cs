using CertEngine.Contracts;
using CertEngine.Storage.Records.Publicity;

namespace CertEngine.Server.Features.Publicity;

/// <summary>What publishing results for objection gave.</summary>
public abstract record PublicationOutcome
{
    private PublicationOutcome()
    {
    }

    /// <summary>Published: the notice as stored.</summary>
    public sealed record Published(PublicityNotice Notice) : PublicationOutcome;

    /// <summary>Refused by the rules; nothing was written.</summary>
    public sealed record Refused(Refusal Why) : PublicationOutcome;

    /// <summary>No such sitting or track.</summary>
    public sealed record Missing(string What) : PublicationOutcome;
}
