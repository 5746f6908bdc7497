namespace CertEngine.Domain.Integrity;

/// <summary>A sitting's integrity signals: signals to review, never verdicts.</summary>
/// <param name="Candidates">Submitted theory attempts read.</param>
/// <param name="Timed">Of those, the attempts that recorded answer timings (older ones did not).</param>
/// <param name="NeighbourPairs">Neighbour pairs compared.</param>
/// <param name="RoomPairs">Other pairs of the room compared.</param>
/// <param name="Pairs">The flagged pairs, neighbours first, then by p-value.</param>
/// <param name="Signals">The candidates' signals, by seat and code.</param>
/// <param name="Bounds">The bounds applied.</param>
public sealed record SittingSignalReport(
    int Candidates, int Timed, int NeighbourPairs, int RoomPairs, IReadOnlyList<CopyingPair> Pairs, IReadOnlyList<CandidateSignal> Signals, SignalBounds Bounds);
