using CertEngine.Contracts.Attempts;
using CertEngine.Domain.Integrity;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// The exam page's contact with an attempt grain: when it was last heard from (in memory, for the proctor's roster) and,
/// while the attempt runs, each silence of at least <see cref="SignalBounds.RecordedGap"/> kept in the answer sheet as a
/// disconnection for the integrity signals (the page polls every 15 s). After a deactivation the last save stands for
/// the last contact.
/// </summary>
internal sealed class PageContact
{
    /// <summary>The last contact since activation.</summary>
    public DateTimeOffset? LastSeenAt { get; private set; }

    /// <summary>A contact at <paramref name="now"/>; saves the sheet when it ended a disconnection.</summary>
    public async Task HearAsync(IPersistentState<AnswerSheetState> sheet, AttemptStatus status, DateTimeOffset now)
    {
        var last = LastSeenAt ?? sheet.State.Contact.LastSavedAt;
        LastSeenAt = now;
        if (status == AttemptStatus.Running && sheet.State.Contact.Heard(last, now))
        {
            await sheet.WriteStateAsync();
        }
    }
}
