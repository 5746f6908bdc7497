namespace CertEngine.Domain.Supervision;

/// <summary>
/// A track's 逢考必督 setting (<c>supervision: required</c> in tracks data): every sitting's results wait for its signed
/// supervision record before 公示 and before certificates are issued. Off by default, so a track behaves as before.
/// </summary>
/// <param name="Required">Whether a signed record is required.</param>
public sealed record SupervisionRule(bool Required)
{
    /// <summary>No supervision record is required (the code default).</summary>
    public static SupervisionRule Off { get; } = new(false);

    /// <summary>逢考必督.</summary>
    public static SupervisionRule RequiredForEverySitting { get; } = new(true);
}
