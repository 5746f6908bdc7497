using System.Globalization;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Candidates;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// The roster as the sittings form gives it: candidates picked from the track's enrolled list, then pasted lines (an ID
/// number, optionally followed by the admission ticket number after a space, tab or comma). Seats are numbered from 1
/// in that order; a candidate given twice keeps the first seat. A ticket not given is the candidate's number in the batch
/// (<see cref="BatchTickets"/>: theory and practical keep one number), else <c>{sitting id}-{seat:000}</c>; a number that
/// belongs to another candidate of the batch is a problem.
/// </summary>
/// <param name="Seats">The seats, in order.</param>
/// <param name="Problems">What is wrong, by form field; the seats are not to be used when any.</param>
public sealed record SessionsRoster(IReadOnlyList<SeatAssignment> Seats, IReadOnlyList<(string Field, string Message)> Problems)
{
    /// <summary>The longest admission ticket number the sitting API accepts.</summary>
    public const int MaxTicketLength = 40;

    /// <summary>The largest roster the sitting API accepts.</summary>
    public const int MaxSeats = 5_000;

    private static readonly char[] Separators = [' ', '\t', ',', '，', ';', '；'];

    /// <summary>Reads the picked ID numbers and the pasted lines into seats for sitting <paramref name="sessionId"/> of a batch.</summary>
    public static SessionsRoster Read(IEnumerable<string> picked, string? pasted, string sessionId, BatchTickets? batch = null)
    {
        batch ??= BatchTickets.None;
        ArgumentNullException.ThrowIfNull(picked);
        var problems = new List<(string, string)>();
        var given = picked.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => (IdNumber: p, Ticket: (string?)null, Line: 0)).ToList();
        var lines = (pasted ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length > 2)
            {
                problems.Add(("Pasted", $"第 {i + 1} 行：每行只写身份证号和（可选的）准考证号 (line {i + 1}: an ID number and an optional ticket only)"));
            }
            else if (parts.Length > 0)
            {
                given.Add((parts[0], parts.Length == 2 ? parts[1] : null, i + 1));
            }
        }

        var seats = new List<SeatAssignment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tickets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, ticket, line) in given)
        {
            if (IdentityNumber.TryParse(text, DateOnly.MaxValue).Number is not { } number)
            {
                problems.Add(line == 0 ? ("Roster", $"身份证号 {text} 不正确 (not a valid ID number)") : ("Pasted", $"第 {line} 行：身份证号 {text} 不正确 (line {line}: not a valid ID number)"));
                continue;
            }

            if (!seen.Add(number.Value))
            {
                continue;
            }

            var seat = seats.Count + 1;
            var assigned = ticket ?? batch.ByCandidate.GetValueOrDefault(number.Value) ?? string.Create(CultureInfo.InvariantCulture, $"{sessionId}-{seat:000}");
            if (assigned.Length > MaxTicketLength)
            {
                problems.Add(ticket is null
                    ? ("Id", $"场次编号过长，生成的准考证号超过 {MaxTicketLength} 个字符 (the sitting id is too long for generated tickets)")
                    : ("Pasted", $"第 {line} 行：准考证号超过 {MaxTicketLength} 个字符 (line {line}: ticket too long)"));
                break;
            }

            if (batch.Problem(number.Value, assigned) is { } clash)
            {
                problems.Add((line == 0 ? "Roster" : "Pasted", line == 0 ? clash : $"第 {line} 行：{clash}"));
                continue;
            }

            if (!tickets.Add(assigned))
            {
                problems.Add(("Pasted", $"第 {line} 行：准考证号 {assigned} 重复 (line {line}: ticket {assigned} given twice)"));
                continue;
            }

            seats.Add(new SeatAssignment(number.Value, seat, assigned));
        }

        if (seats.Count == 0 && problems.Count == 0)
        {
            problems.Add(("Roster", "请至少选择或粘贴一名考生 (pick or paste at least one candidate)"));
        }

        if (seats.Count > MaxSeats)
        {
            problems.Add(("Roster", $"每场最多 {MaxSeats} 名考生 (at most {MaxSeats} candidates)"));
        }

        return new SessionsRoster(seats, problems);
    }
}
