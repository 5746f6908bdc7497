using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>What the candidate list is asked for, by the page's form or <c>GET /api/candidates</c>.</summary>
/// <param name="Q">Search text: a part of the name, county, tag or phone number, the whole ID number or its last 4+ characters, or an admission ticket number.</param>
/// <param name="Track">Only candidates enrolled on this track.</param>
/// <param name="State"><c>registered</c>, <c>enrolled</c>, <c>examined</c> or <c>certified</c>.</param>
/// <param name="Page">The page, from 1 (default 1).</param>
/// <param name="PageSize">The page size, 1 to <see cref="MaxPageSize"/> (default <see cref="DefaultPageSize"/>).</param>
/// <param name="Photo"><c>missing</c> for only the candidates without a photo; empty for all.</param>
public sealed record CandidateListRequest(string? Q, string? Track, string? State, int? Page, int? PageSize, string? Photo = null)
{
    /// <summary>The one value of <see cref="Photo"/>: candidates without a photo.</summary>
    public const string PhotoMissing = "missing";

    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The highest page number accepted.</summary>
    public const int MaxPage = 100_000;

    /// <summary>The longest track key accepted.</summary>
    public const int MaxTrackLength = 80;

    /// <summary>The states the filter knows, by their API names.</summary>
    public static IReadOnlyDictionary<string, CandidateStage> States { get; } = new Dictionary<string, CandidateStage>(StringComparer.OrdinalIgnoreCase)
    {
        ["registered"] = CandidateStage.Registered,
        ["enrolled"] = CandidateStage.Enrolled,
        ["examined"] = CandidateStage.Examined,
        ["certified"] = CandidateStage.Certified,
    };

    /// <summary>The first field out of bounds and why (Chinese first), or <see langword="null"/> when the request may run.</summary>
    public (string Field, string Message)? Problem() => this switch
    {
        { Page: < 1 or > MaxPage } => ("page", $"页码应在 1 到 {MaxPage} 之间 (page: 1–{MaxPage})"),
        { PageSize: < 1 or > MaxPageSize } => ("pageSize", $"每页 1 到 {MaxPageSize} 名 (pageSize: 1–{MaxPageSize})"),
        { Q.Length: > CandidateSearch.MaxTextLength } => ("q", $"搜索内容不超过 {CandidateSearch.MaxTextLength} 个字 (q: at most {CandidateSearch.MaxTextLength} characters)"),
        { Track.Length: > MaxTrackLength } => ("track", $"认定项目不超过 {MaxTrackLength} 个字 (track: at most {MaxTrackLength} characters)"),
        { State: { Length: > 0 } state } when !States.ContainsKey(state.Trim()) =>
            ("state", "状态应为 registered（已登记）、enrolled（已申报）、examined（已考试）或 certified（已发证） (state: registered, enrolled, examined or certified)"),
        { Photo: { Length: > 0 } photo } when !string.Equals(photo.Trim(), PhotoMissing, StringComparison.OrdinalIgnoreCase) =>
            ("photo", "照片筛选只能为 missing（缺照片） (photo: missing, or leave it out)"),
        _ => null,
    };

    /// <summary>Whether only candidates without a photo are asked for.</summary>
    public bool WithoutPhotoOnly => !string.IsNullOrWhiteSpace(Photo);

    /// <summary>The stage filter, or <see langword="null"/> for all.</summary>
    public CandidateStage? Stage => string.IsNullOrWhiteSpace(State) ? null : States[State.Trim()];
}
