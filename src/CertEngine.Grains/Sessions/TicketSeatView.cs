using CertEngine.Grains.Views;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// The admission tickets active on this silo, each with the browser signed in for each of its seats: the sign-in check on
/// every candidate request reads it here and calls the ticket's grain only when the ticket is not active on this silo. A
/// sign-in elsewhere or a sign-out shows the moment its call returns, as with the call.
/// </summary>
public sealed class TicketSeatView : LocalView<TicketSeats>;

/// <summary>The browser signed in for each seat of one admission ticket, as one immutable value.</summary>
/// <param name="Seats">One entry per sitting and ID number that has signed in.</param>
public sealed record TicketSeats(IReadOnlyList<TicketSeat> Seats)
{
    /// <summary>No seat signed in.</summary>
    public static readonly TicketSeats None = new([]);

    /// <summary>
    /// True when <paramref name="device"/> is the browser signed in for <paramref name="sessionId"/> and
    /// <paramref name="idNumber"/>: what <c>IAdmissionTicketGrain.IsCurrentDeviceAsync</c> answers.
    /// </summary>
    public bool IsCurrent(string sessionId, string idNumber, string device)
    {
        foreach (var seat in Seats)
        {
            if (seat.SessionId == sessionId && seat.IdNumber == idNumber)
            {
                return seat.Device is { } current && current == device;
            }
        }

        return false;
    }

    /// <summary>The seats of a ticket's stored state.</summary>
    internal static TicketSeats Of(IReadOnlyList<SeatDeviceState> devices) =>
        devices.Count == 0 ? None : new([.. devices.Select(d => new TicketSeat(d.SessionId, d.IdNumber, d.Device))]);
}

/// <summary>One seat of a ticket: a sitting, the candidate's ID number and the browser signed in, if any.</summary>
public sealed record TicketSeat(string SessionId, string IdNumber, string? Device);
