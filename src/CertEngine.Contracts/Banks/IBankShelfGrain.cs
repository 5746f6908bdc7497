namespace CertEngine.Contracts.Banks;

/// <summary>
/// One bank's web shelf (题库发布台). Key: the occupation code, e.g. <c>4-10-01-06</c>. Holds the current uploaded draft and the
/// numbers of the versions published from the web; publishing is serialised here, so a number is never given twice.
/// </summary>
public interface IBankShelfGrain : IGrainWithStringKey
{
    /// <summary>Replaces the draft; refused when its occupation code is not the key. Publishes nothing.</summary>
    Task<CommandReply> SaveDraftAsync(BankDraftUpload draft);

    /// <summary>The draft and the web-published versions.</summary>
    Task<BankShelfSnapshot> GetAsync();

    /// <summary>The draft's files, or an empty list when there is no draft.</summary>
    Task<IReadOnlyList<BankSourceFile>> GetDraftFilesAsync();

    /// <summary>
    /// Publishes the draft as the version after the highest shipped or stored one: validated afresh and checked against
    /// every earlier version; refused, keeping nothing, with every problem otherwise. Audited as <c>bank.published</c> on
    /// <c>bank/&lt;code&gt;/&lt;n&gt;</c>.
    /// </summary>
    Task<BankPublishReply> PublishAsync(string actor);
}
