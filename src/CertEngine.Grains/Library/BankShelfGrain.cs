using CertEngine.Contracts.Banks;
using CertEngine.Contracts;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Library;

/// <summary>
/// One bank's web shelf: the uploaded draft and the versions published from it. Not reentrant, so two publications of one
/// bank run one after the other and never take the same number; each version is written whole to its own write-once
/// <see cref="PublishedBankGrain"/> before the shelf lists it, so nothing is ever half-published.
/// </summary>
public sealed class BankShelfGrain(
    [PersistentState("bankshelf", StorageNames.Exams)] IPersistentState<BankShelfState> state,
    ExamLibrary library,
    TimeProvider clock,
    ILogger<BankShelfGrain> logger) : Grain, IBankShelfGrain
{
    private BankShelfState S => state.State;

    private string Key => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<CommandReply> SaveDraftAsync(BankDraftUpload draft)
    {
        if (draft.Files.Count == 0 || draft.Files.ToSource() is not { } source)
        {
            return RefusalCodes.Refuse<PublicationRefusal>(PublicationRefusal.DraftUnsafe);
        }

        var loaded = source.Load(library.BankRoot);
        if (loaded.Bank?.Occupation.Code is not { } code || code != Key)
        {
            return RefusalCodes.Refuse(Refused.Of(PublicationRefusal.DraftWrongBank, loaded.Bank?.Occupation.Code ?? "--", Key));
        }

        S.DraftFiles = draft.Files.ToList();
        S.Draft = new BankDraftInfo(draft.Files.Count, draft.Actor, clock.GetUtcNow(), draft.Origin, null);
        await state.WriteStateAsync();
        logger.DraftSaved(Key, draft.Files.Count, draft.Actor);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<BankShelfSnapshot> GetAsync() => Task.FromResult(new BankShelfSnapshot(Key, S.Draft, S.Versions.ToList()));

    /// <inheritdoc />
    public Task<IReadOnlyList<BankSourceFile>> GetDraftFilesAsync() => Task.FromResult<IReadOnlyList<BankSourceFile>>(S.DraftFiles.ToList());

    /// <inheritdoc />
    public async Task<BankPublishReply> PublishAsync(string actor)
    {
        if (S.Draft is not { } draft || S.DraftFiles.ToSource() is not { } source)
        {
            return Refuse(PublicationRefusal.NoDraft);
        }

        if (draft.PublishedAs is { } already)
        {
            return Refuse(Refused.Of(PublicationRefusal.AlreadyPublished, already));
        }

        await AdoptInterruptedAsync(actor);
        var earlier = new List<(int Version, BankLoadResult Loaded)>();
        foreach (var version in library.ShippedVersions(Key).Concat(S.Versions.Select(v => v.Version)).Distinct())
        {
            earlier.Add((version, await library.FindBankAsync(Key, version) is { } bank
                ? new BankLoadResult(bank, [])
                : new BankLoadResult(null, [new(ProblemSeverity.Error, BankRules.Manifest, new SourceLocation($"{Key}/versions/{version}", 0),
                    $"第 {version} 版无法读取或与发布清单不符 (version {version} cannot be read or fails its manifest)")])));
        }

        var loaded = source.Load(library.BankRoot);
        if (loaded.Bank is { } draftBank && draftBank.Occupation.Code != Key)
        {
            return Refuse(Refused.Of(PublicationRefusal.DraftWrongBank, draftBank.Occupation.Code, Key));
        }

        var outcome = BankVersions.Freeze(loaded, earlier, ChinaTime.Today(clock));
        if (outcome is FreezeOutcome.Refused refused)
        {
            logger.PublishRefused(Key, refused.Problems.Count);
            return Refuse(Refused.Of(PublicationRefusal.DraftProblems, refused.Problems.Count),
                refused.Problems.Select(p => p.ToInfo()).ToList());
        }

        var frozen = ((FreezeOutcome.Frozen)outcome).Version;
        var info = new PublishedBankInfo(frozen.Version, actor, clock.GetUtcNow(), frozen.Items, frozen.Tasks, ExamLibrary.Sha256(frozen.ManifestYaml));
        var record = new PublishedBankRecord(info, Key, frozen.BankYaml, frozen.ManifestYaml, ExamLibrary.Sha256(frozen.BankYaml));
        var stored = await GrainFactory.GetGrain<IPublishedBankGrain>(ExamLibrary.StoredKey(Key, frozen.Version)).StoreAsync(record);
        if (!stored.Accepted)
        {
            return new BankPublishReply(null, [], stored.Reason);
        }

        // The version is whole in its own grain before the shelf lists it; a crash between the two is adopted next time.
        S.Versions.Add(info);
        S.Draft = draft with { PublishedAs = frozen.Version };
        await state.WriteStateAsync();
        await AuditPublishedAsync(info, "published from the web");
        logger.Published(Key, frozen.Version, actor, info.ManifestSha256);
        return new BankPublishReply(info, [], null);
    }

    /// <summary>
    /// Lists any version stored after the highest listed one but never listed (the silo stopped between the two writes),
    /// so its number is not offered again and its publication is on the audit trail.
    /// </summary>
    private async Task AdoptInterruptedAsync(string actor)
    {
        var next = library.ShippedVersions(Key).Concat(S.Versions.Select(v => v.Version)).DefaultIfEmpty(0).Max() + 1;
        while (await GrainFactory.GetGrain<IPublishedBankGrain>(ExamLibrary.StoredKey(Key, next)).GetAsync() is { } orphan)
        {
            S.Versions.Add(orphan.Info);
            await state.WriteStateAsync();
            await AuditPublishedAsync(orphan.Info, $"adopted by {actor} after an interrupted publication");
            logger.Adopted(Key, next);
            next++;
        }
    }

    // The same record a track writes when it first pins a version: AppendOnce keeps one bank.published per version, and the
    // details end with the manifest hash the track compares.
    private Task<AuditRecord> AuditPublishedAsync(PublishedBankInfo info, string reason)
    {
        var subject = $"bank/{Key}/{info.Version}";
        return GrainFactory.GetGrain<IAuditTrailGrain>(subject).AppendOnceAsync(new AuditRecord(info.PublishedAt, info.PublishedBy, "bank.published", subject,
            reason, $"{Key} v{info.Version} manifest-sha256={info.ManifestSha256}"));
    }

    private static BankPublishReply Refuse(Refused<PublicationRefusal> reason, List<BankProblemInfo>? problems = null) =>
        new(null, problems ?? [], reason.ToReply());
}
