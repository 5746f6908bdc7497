using Orleans.Concurrency;

namespace CertEngine.Contracts.Certificates;

/// <summary>One issued certificate. Key: the certificate number. Never deleted; every change keeps its reason.</summary>
public interface ICertificateGrain : IGrainWithStringKey
{
    /// <summary>Records the issued certificate; a second call with other fields is refused (a number is issued once).</summary>
    Task<CommandReply> IssueAsync(CertificateFields fields, string token, string actor);

    /// <summary>The certificate, or <see langword="null"/> when the number was never issued.</summary>
    /// <remarks>
    /// Read-only: it changes nothing, so public verifications of one certificate interleave with each other instead of
    /// queueing behind one another; they still never interleave with a status change, so a reader sees a whole change.
    /// </remarks>
    [ReadOnly]
    Task<CertificateSnapshot?> GetAsync();

    /// <summary>Suspends a valid certificate (暂停).</summary>
    Task<CommandReply> SuspendAsync(string actor, string reason);

    /// <summary>Reinstates a suspended certificate.</summary>
    Task<CommandReply> ReinstateAsync(string actor, string reason);

    /// <summary>Revokes the certificate (撤销); final.</summary>
    Task<CommandReply> RevokeAsync(string actor, string reason);

    /// <summary>Marks the certificate replaced by a reissued number.</summary>
    Task<CommandReply> MarkReissuedAsync(string newNumber, string actor, string reason);
}
