using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Records;

/// <summary>
/// The outbox through which a grain hands its facts to the record store (DESIGN.md "two kinds of state"). The grain adds
/// a fact to a list in its own state and saves both in one write; then the fact is stored under its stable id. Stored
/// facts leave the list (saved at the grain's next write, or at once when asked); a store that cannot be reached leaves
/// them for <see cref="Reminder"/>, which retries every minute, and for the grain's next activation. A crash between the
/// two writes therefore never loses a fact, and the fact id makes the repeat harmless.
/// </summary>
public static partial class FactOutbox
{
    /// <summary>The reminder that retries storing an outbox's facts while the record store is unreachable.</summary>
    public const string Reminder = "facts";

    /// <summary>
    /// Stores <paramref name="pending"/>; true when all are stored (the list is then empty and, if
    /// <paramref name="persist"/> is given, saved). On a database or I/O failure the facts stay and the reminder is armed.
    /// </summary>
    /// <param name="grain">The grain (an <see cref="IRemindable"/>) whose state holds the list.</param>
    /// <param name="store">The record store.</param>
    /// <param name="pending">The outbox list in the grain's state.</param>
    /// <param name="persist">Saves the grain's state once the list is empty; <see langword="null"/> to leave that to the next write.</param>
    /// <param name="logger">The grain's logger.</param>
    /// <param name="label">How the log names the grain: never an ID number (a candidate's internal id, a sitting and seat).</param>
    public static async Task<bool> FlushAsync(Grain grain, IFactStore store, List<RecordFact> pending, Func<Task>? persist, ILogger logger, string label)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(pending);
        if (pending.Count == 0)
        {
            return true;
        }

        try
        {
            await store.AppendAsync(pending.ToList());
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or IOException)
        {
            FactsUnstored(logger, e, label, pending.Count);
            Storage.StorageMetrics.Error("outbox");
            await grain.RegisterOrUpdateReminder(Reminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            return false;
        }

        pending.Clear();
        if (persist is not null)
        {
            await persist();
        }

        return true;
    }

    /// <summary>The reminder's tick: flushes and, once everything is stored, drops the reminder.</summary>
    /// <param name="grain">The grain.</param>
    /// <param name="store">The record store.</param>
    /// <param name="pending">The outbox list.</param>
    /// <param name="persist">Saves the grain's state.</param>
    /// <param name="logger">The grain's logger.</param>
    /// <param name="label">How the log names the grain.</param>
    public static async Task RetryAsync(Grain grain, IFactStore store, List<RecordFact> pending, Func<Task> persist, ILogger logger, string label)
    {
        if (await FlushAsync(grain, store, pending, persist, logger, label) && await grain.GetReminder(Reminder) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "The record store could not take {Count} fact(s) of {Grain}; they stay in its outbox and are retried every minute")]
    private static partial void FactsUnstored(ILogger logger, Exception exception, string grain, int count);
}
