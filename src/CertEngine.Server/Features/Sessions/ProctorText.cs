using System.Globalization;
using CertEngine.Domain.Sessions;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Sessions;

/// <summary>How the staff pages print a sitting's phase, component and times (Beijing time, which the centre keeps).</summary>
public static class ProctorText
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>The phase in the visitor's language.</summary>
    public static string Status(BilingualText text, string status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return status switch
        {
            "scheduled" => text("已安排", "Scheduled"),
            "checkin" => text("签到中", "Check-in open"),
            "running" => text("考试中", "Running"),
            "paused" => text("已暂停", "Paused"),
            "closed" => text("已结束", "Closed"),
            "cancelled" => text("已取消", "Cancelled"),
            _ => status,
        };
    }

    /// <summary>The component in the visitor's language.</summary>
    public static string Component(BilingualText text, string component)
    {
        ArgumentNullException.ThrowIfNull(text);
        return component switch
        {
            "theory" => text("理论知识", "Theory"),
            "practical" => text("操作技能", "Practical"),
            "review" => text("综合评审", "Review"),
            _ => component,
        };
    }

    /// <summary>
    /// The changes (改期、取消、调场) a sitting in phase <paramref name="status"/> still allows, in words for its row on
    /// <c>/admin/sessions</c>, from the Domain's rules; null when it allows none (running, paused, closed, cancelled).
    /// </summary>
    public static string? Changes(BilingualText text, string status)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.TryParse<SessionPhase>(status, ignoreCase: true, out var phase))
        {
            return null;
        }

        var allowed = new List<(string Chinese, string English)>();
        if (SittingChangeRules.Reschedule(hasReason: true, phase, capacity: int.MaxValue, candidates: 0) is null)
        {
            allowed.Add(("改期", "reschedule"));
        }

        if (SittingChangeRules.Cancel(hasReason: true, phase) is null)
        {
            allowed.Add(("取消", "cancel"));
        }

        if (SittingChangeRules.MoveOut(hasReason: true, onRoster: true, phase) is null)
        {
            allowed.Add(("调场", "move"));
        }

        if (allowed.Count == 0)
        {
            return null;
        }

        var english = string.Join(", ", allowed.Select(a => a.English));
        return text(string.Join("、", allowed.Select(a => a.Chinese)), char.ToUpperInvariant(english[0]) + english[1..]);
    }

    /// <summary>An instant as Beijing wall-clock time, e.g. <c>2026-11-23 08:30</c>.</summary>
    public static string Beijing(DateTimeOffset at) => at.ToOffset(BeijingOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as Beijing <c>HH:mm</c> when it falls on <paramref name="now"/>'s Beijing day, else as <see cref="Beijing"/>.</summary>
    public static string StartTime(DateTimeOffset at, DateTimeOffset now) =>
        at.ToOffset(BeijingOffset).Date == now.ToOffset(BeijingOffset).Date
            ? at.ToOffset(BeijingOffset).ToString("HH:mm", CultureInfo.InvariantCulture)
            : Beijing(at);
}
