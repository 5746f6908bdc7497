namespace CertEngine.Server.Features.Programme;

/// <summary>The report's figures for one slice (docs/programme.md "Definitions").</summary>
/// <param name="Registered">Enrolled in the period.</param>
/// <param name="Assessed">Sat a first component on the track in the period.</param>
/// <param name="Passed">Passed every component of the track, the last in the period.</param>
/// <param name="Certified">Certificates issued in the period (not reissues, not revoked).</param>
/// <param name="Claims">培训补贴 claims submitted or paid, for certificates issued in the period.</param>
/// <param name="ClaimedYuan">Their amount in 元.</param>
public sealed record ProgrammeFigures(long Registered, long Assessed, long Passed, long Certified, long Claims, decimal ClaimedYuan)
{
    /// <summary>No figures.</summary>
    public static ProgrammeFigures Zero { get; } = new(0, 0, 0, 0, 0, 0m);

    /// <summary>Passed ÷ assessed, or null when nobody was assessed.</summary>
    public double? PassRate => Assessed > 0 ? Math.Round((double)Passed / Assessed, 4) : null;

    /// <summary>The sum of two slices.</summary>
    public ProgrammeFigures Plus(ProgrammeFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Registered + other.Registered, Assessed + other.Assessed, Passed + other.Passed, Certified + other.Certified,
            Claims + other.Claims, ClaimedYuan + other.ClaimedYuan);
    }
}
