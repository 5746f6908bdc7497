namespace CertEngine.Server.Web.Auth;

/// <summary>Where a signed-in candidate sits: the sitting, the seat and the admission ticket number.</summary>
public sealed record CandidateSeat(string SessionId, int Seat, string Ticket);
