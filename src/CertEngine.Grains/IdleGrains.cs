namespace CertEngine.Grains;

/// <summary>
/// How long a grain that a candidate's exam leaves idle stays in memory after its last call. During a sitting the browser
/// needs only the admission ticket (every request checks the sign-in, read from the silo's <c>TicketSeatView</c> while the
/// ticket is active, so it keeps Orleans' default and is not read back from storage every few minutes) and the theory
/// attempt (polls and saves); the
/// candidate, the candidate's evidence, the audit trails and a practical attempt wait for the result or the assessors.
/// Orleans keeps an idle activation 15 minutes by default; these go after <see cref="Minutes"/>, so that a room of
/// candidates holds two activations each rather than five (issue 18: memory per active attempt). Their state is stored
/// with every change, so a later call only reads it back.
/// </summary>
public static class IdleGrains
{
    /// <summary>Minutes an idle per-candidate activation is kept (Orleans' collection age for these grain types).</summary>
    public const double Minutes = 5;
}
