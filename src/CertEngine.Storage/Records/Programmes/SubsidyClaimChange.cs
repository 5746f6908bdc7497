namespace CertEngine.Storage.Records.Programmes;

/// <summary>A claim's change of state as stored: the claim row moves from <see cref="ExpectedVersion"/> to the next.</summary>
/// <param name="Line">The certificate and claim as shown when the change was decided.</param>
/// <param name="State">The new state name.</param>
/// <param name="Reason">Why (required for <c>refused</c>).</param>
/// <param name="Amount">The amount in 元 under the rules at the time.</param>
/// <param name="Actor">Who.</param>
/// <param name="At">When.</param>
public sealed record SubsidyClaimChange(SubsidyLine Line, string State, string Reason, decimal Amount, string Actor, DateTimeOffset At)
{
    /// <summary>The version the change was decided on (0: no claim stored yet).</summary>
    public int ExpectedVersion => Line.Version;
}
