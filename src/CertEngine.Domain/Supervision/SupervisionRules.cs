namespace CertEngine.Domain.Supervision;

/// <summary>
/// The rules of a supervision record (督导记录): drafts may be saved any time before a record is signed and may leave
/// items open; signing needs every checklist item answered, a note on each 不符合, and the sitting closed. A signed record
/// is final: what follows it is a correction, signed when filed, naming the current signed record.
/// </summary>
public static class SupervisionRules
{
    /// <summary>The longest note (an item's or the overall one), in characters.</summary>
    public const int MaxNote = 2_000;

    /// <summary>The most records one sitting may hold (drafts and corrections included), so every read of them is bounded.</summary>
    public const int MaxRecordsPerSitting = 100;

    /// <summary>Why <paramref name="filing"/> cannot be stored, or null when it can.</summary>
    /// <param name="checklist">The checklist the answers follow.</param>
    /// <param name="filing">What is filed.</param>
    /// <param name="history">The sitting's earlier records.</param>
    /// <param name="closed">Whether the sitting is closed.</param>
    /// <param name="cancelled">Whether the sitting was cancelled.</param>
    public static Refused<SupervisionRefusal>? Check(SupervisionChecklist checklist, SupervisionFiling filing, SupervisionHistory history, bool closed, bool cancelled)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(history);
        if (cancelled)
        {
            return SupervisionRefusal.SittingCancelled;
        }

        if (history.Count >= MaxRecordsPerSitting)
        {
            return Refused.Of(SupervisionRefusal.TooManyRecords, MaxRecordsPerSitting);
        }

        if (filing.Notes.Length > MaxNote || filing.Entries.Any(e => e.Note.Length > MaxNote))
        {
            return Refused.Of(SupervisionRefusal.NoteTooLong, MaxNote);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in filing.Entries)
        {
            if (checklist.Find(entry.ItemId) is null)
            {
                return Refused.Of(SupervisionRefusal.UnknownItem, entry.ItemId);
            }

            if (!seen.Add(entry.ItemId))
            {
                return Refused.Of(SupervisionRefusal.DuplicateItem, entry.ItemId);
            }
        }

        if (history.CurrentSigned is { } signed && filing.Corrects is null)
        {
            return Refused.Of(SupervisionRefusal.AlreadySigned, signed);
        }

        if (filing.Corrects is { } corrects && corrects != history.CurrentSigned)
        {
            return Refused.Of(SupervisionRefusal.CorrectsNotCurrent, corrects);
        }

        if (filing.Corrects is not null && !filing.Sign)
        {
            return SupervisionRefusal.CorrectionUnsigned;
        }

        return filing.Sign ? SignOff(checklist, filing, closed) : null;
    }

    private static Refused<SupervisionRefusal>? SignOff(SupervisionChecklist checklist, SupervisionFiling filing, bool closed)
    {
        if (!closed)
        {
            return SupervisionRefusal.SittingNotClosed;
        }

        var answers = filing.Entries.ToDictionary(e => e.ItemId, StringComparer.Ordinal);
        foreach (var item in checklist.Items)
        {
            if (!answers.TryGetValue(item.Id, out var entry) || entry.Answer is null)
            {
                return Refused.Of(SupervisionRefusal.ItemUnanswered, item.Id);
            }

            if (entry.Answer == SupervisionAnswer.NonConforming && string.IsNullOrWhiteSpace(entry.Note))
            {
                return Refused.Of(SupervisionRefusal.NonConformingNeedsNote, item.Id);
            }
        }

        return null;
    }
}
