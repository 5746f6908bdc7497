namespace CertEngine.Contracts;

/// <summary>
/// Why a grain refused a request, as a code with the values its words need (in order), and the refusal that caused it
/// when a grain passes on another grain's refusal. The words a person reads, Chinese and English, are made at the web
/// edge from the code (resource files); the code itself is also the stable, machine-readable <c>code</c> of the 409
/// ProblemDetails.
/// </summary>
/// <param name="Code">Why.</param>
/// <param name="Args">The values the words need, as invariant text, in the order the resource's placeholders number them.</param>
/// <param name="Cause">The refusal this one passes on, if any.</param>
/// <param name="Details">Refusals listed under this one, each with its own words (e.g. every eligibility condition not met).</param>
[GenerateSerializer, Immutable, Alias("certengine.Refusal")]
public sealed record Refusal(
    [property: Id(0)] RefusalCode Code,
    [property: Id(1)] IReadOnlyList<string> Args,
    [property: Id(2)] Refusal? Cause = null,
    [property: Id(3)] IReadOnlyList<Refusal>? Details = null)
{
    /// <summary>A refusal with its values.</summary>
    public static Refusal Of(RefusalCode code, params string[] args) => new(code, args);

    /// <summary>This refusal, passing on <paramref name="cause"/>.</summary>
    public Refusal Because(Refusal? cause) => this with { Cause = cause };
}
