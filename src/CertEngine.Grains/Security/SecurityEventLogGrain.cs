using CertEngine.Contracts.Security;

namespace CertEngine.Grains.Security;

/// <summary>The cluster's bounded log of security events; see <see cref="ISecurityEventLogGrain"/>.</summary>
public sealed class SecurityEventLogGrain(
    [PersistentState("security-events", StorageNames.Exams)] IPersistentState<SecurityEventLogState> state) : Grain, ISecurityEventLogGrain
{
    /// <summary>A repeat this close to the last occurrence of an event counts into it instead of adding a new one.</summary>
    public static TimeSpan RollupWindow { get; } = TimeSpan.FromMinutes(10);

    // Only the newest events are searched for a repeat: an attack repeats within seconds, and the search stays cheap.
    private const int RollupSearch = 200;

    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<SecurityEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        var log = state.State.Events;
        foreach (var incoming in events)
        {
            var at = FindRepeat(log, incoming);
            if (at >= 0)
            {
                var held = log[at];
                log[at] = held with
                {
                    FirstAt = held.FirstAt < incoming.FirstAt ? held.FirstAt : incoming.FirstAt,
                    LastAt = held.LastAt > incoming.LastAt ? held.LastAt : incoming.LastAt,
                    Count = (int)Math.Min(int.MaxValue, (long)held.Count + incoming.Count),
                };
            }
            else
            {
                log.Add(incoming);
            }
        }

        var excess = log.Count - ISecurityEventLogGrain.Capacity;
        if (excess > 0)
        {
            log.RemoveRange(0, excess);
            state.State.Dropped += excess;
        }

        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<SecurityEventPage> ListAsync(int skip, int take, SecurityEventKind? kind)
    {
        var matching = state.State.Events.Where(e => kind is null || e.Kind == kind).OrderByDescending(e => e.LastAt).ToList();
        var page = matching.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 0, ISecurityEventLogGrain.MaxPage)).ToList();
        return Task.FromResult(new SecurityEventPage(page, matching.Count));
    }

    private static int FindRepeat(List<SecurityEvent> log, SecurityEvent incoming)
    {
        for (var i = log.Count - 1; i >= 0 && i >= log.Count - RollupSearch; i--)
        {
            if (log[i].Repeats(incoming) && (incoming.FirstAt - log[i].LastAt).Duration() <= RollupWindow)
            {
                return i;
            }
        }

        return -1;
    }
}
