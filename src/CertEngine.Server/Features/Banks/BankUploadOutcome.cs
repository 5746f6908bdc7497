using CertEngine.Contracts.Banks;

namespace CertEngine.Server.Features.Banks;

/// <summary>The result of an upload: the check of a draft that loads, or why the upload was not usable (a 4xx at the edge).</summary>
public abstract record BankUploadOutcome
{
    private BankUploadOutcome()
    {
    }

    /// <summary>The draft loads; see <see cref="BankCheck.Saved"/> and <see cref="BankCheck.Publishable"/>.</summary>
    public sealed record Checked(BankCheck Check) : BankUploadOutcome;

    /// <summary>Not a bank that loads (wrong file type, unreadable, no occupation…): nothing was saved.</summary>
    public sealed record Rejected(string Reason, IReadOnlyList<BankProblemInfo> Problems) : BankUploadOutcome;
}
