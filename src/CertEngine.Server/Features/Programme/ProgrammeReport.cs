namespace CertEngine.Server.Features.Programme;

/// <summary>
/// The programme against its targets (<c>GET /api/reports/programme?year=…</c> and the report page): totals, one line per
/// programme, the figures per occupation and level, county, exam centre and month, per component, and every detail row.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Filter">The filters applied to every figure except the targets.</param>
/// <param name="Totals">The totals: <c>registered</c>, <c>assessed</c>, <c>passed</c>, <c>certified</c> and the claims.</param>
/// <param name="Programmes">One line per programme, in the map's order (then <c>other</c> when it has figures).</param>
/// <param name="Occupations">Per occupation, 工种 and level.</param>
/// <param name="Counties">Per county.</param>
/// <param name="Centres">Per exam centre.</param>
/// <param name="Months">Per month, 1–12.</param>
/// <param name="Components">Per component: sat, passed, pass rate.</param>
/// <param name="Rows">Every detail row.</param>
/// <param name="TargetsSource">Where the targets come from: <c>entered</c> or the example's source.</param>
/// <param name="SubsidyRulesUnconfirmed">True when the subsidy figures are placeholders.</param>
public sealed record ProgrammeReport(
    int Year,
    ProgrammeFilter Filter,
    ProgrammeFigures Totals,
    IReadOnlyList<ProgrammeLine> Programmes,
    IReadOnlyList<ProgrammeSlice> Occupations,
    IReadOnlyList<ProgrammeSlice> Counties,
    IReadOnlyList<ProgrammeSlice> Centres,
    IReadOnlyList<ProgrammeSlice> Months,
    IReadOnlyList<ProgrammeComponentRate> Components,
    IReadOnlyList<ProgrammeRow> Rows,
    string TargetsSource,
    bool SubsidyRulesUnconfirmed);
