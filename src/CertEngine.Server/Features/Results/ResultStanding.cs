using System.Text.Json.Serialization;

namespace CertEngine.Server.Features.Results;

/// <summary>Where a candidate stands in one component of a sitting.</summary>
public enum ResultStanding
{
    /// <summary>合格: at or above the pass mark.</summary>
    [JsonStringEnumMemberName("passed")]
    Passed,

    /// <summary>不合格: below the pass mark.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>成绩无效: voided (违纪).</summary>
    [JsonStringEnumMemberName("void")]
    Void,

    /// <summary>缺考: on the roster, never checked in, no result.</summary>
    [JsonStringEnumMemberName("absent")]
    Absent,

    /// <summary>待出成绩: checked in, no result yet (writing, or sheets still to be scored or adjudicated).</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,
}
