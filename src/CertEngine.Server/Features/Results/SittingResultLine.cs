namespace CertEngine.Server.Features.Results;

/// <summary>One seat of a sitting's results table.</summary>
/// <param name="Seat">The seat (考位).</param>
/// <param name="Ticket">The admission ticket number.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Name">The candidate's name.</param>
/// <param name="Standing">Passed, failed, void, absent or pending.</param>
/// <param name="Score">The score out of 100, when there is a result.</param>
/// <param name="PassMark">The pass mark, when there is a result.</param>
/// <param name="Rulings">The chief's rulings on this candidate's tasks (裁定), e.g. <c>clean-5-01: 40</c>.</param>
public sealed record SittingResultLine(int Seat, string Ticket, string IdNumber, string Name, ResultStanding Standing, decimal? Score, decimal? PassMark,
    IReadOnlyList<string> Rulings);
