using CertEngine.Contracts;
using CertEngine.Contracts.Banks;
using CertEngine.Domain;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Library;

/// <summary>One web-published bank version, written once (its key is <c>&lt;code&gt;/&lt;version&gt;</c>).</summary>
public sealed class PublishedBankGrain(
    [PersistentState("publishedbank", StorageNames.Exams)] IPersistentState<PublishedBankState> state) : Grain, IPublishedBankGrain
{
    /// <inheritdoc />
    public async Task<CommandReply> StoreAsync(PublishedBankRecord record)
    {
        var key = this.GetPrimaryKeyString();
        if (state.State.Record is not null)
        {
            return RefusalCodes.Refuse(Refused.Of(PublicationRefusal.VersionExists, key));
        }

        if (ExamLibrary.StoredKey(record.BankCode, record.Info.Version) != key)
        {
            throw new ArgumentException($"record of {record.BankCode} v{record.Info.Version} stored under {key}", nameof(record));
        }

        state.State.Record = record;
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<PublishedBankRecord?> GetAsync() => Task.FromResult(state.State.Record);
}
