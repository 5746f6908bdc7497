namespace CertEngine.Domain.Integrity;

/// <summary>One candidate's signal to review (not a verdict), with its number and the bound it reached.</summary>
/// <param name="Seat">The seat.</param>
/// <param name="Code">See <see cref="SignalCodes"/>.</param>
/// <param name="Value">The number: fast answers, questions changed late, takeovers, or the longest disconnection in seconds.</param>
/// <param name="Threshold">The bound it reached (<see cref="SignalBounds"/>).</param>
/// <param name="Detail">
/// A second number: the share of answers that were fast, the changes in all, the number of disconnections; null for takeovers.
/// </param>
public sealed record CandidateSignal(int Seat, string Code, double Value, double Threshold, double? Detail);
