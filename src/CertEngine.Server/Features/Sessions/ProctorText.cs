using System.Globalization;
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

    /// <summary>An instant as Beijing wall-clock time, e.g. <c>2026-11-23 08:30</c>.</summary>
    public static string Beijing(DateTimeOffset at) => at.ToOffset(BeijingOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
