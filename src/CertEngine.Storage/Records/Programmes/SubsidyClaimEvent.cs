namespace CertEngine.Storage.Records.Programmes;

/// <summary>One step of a claim's history.</summary>
/// <param name="Version">The claim's version after the step (from 1).</param>
/// <param name="Number">The certificate.</param>
/// <param name="State">The state after the step.</param>
/// <param name="Reason">Why.</param>
/// <param name="Actor">Who.</param>
/// <param name="At">When.</param>
public sealed record SubsidyClaimEvent(int Version, string Number, string State, string Reason, string Actor, DateTimeOffset At);
