using System.Globalization;

namespace CertEngine.Domain;

/// <summary>
/// A rule's refusal: why (a reason code of the rule's own enum) and the numbers or names the reason's words need, in order.
/// The Domain carries no words a person reads; the web edge turns the reason into Chinese and English.
/// </summary>
/// <typeparam name="TReason">The rule's reason codes.</typeparam>
/// <param name="Reason">Why the request was refused.</param>
/// <param name="Args">What the reason's words need, in their order (numbers as invariant text).</param>
public sealed record Refused<TReason>(TReason Reason, IReadOnlyList<string> Args)
    where TReason : struct, Enum
{
    /// <summary>A refusal that needs no values.</summary>
    public static implicit operator Refused<TReason>(TReason reason) => new(reason, []);
}

/// <summary>Makes <see cref="Refused{TReason}"/> values.</summary>
public static class Refused
{
    /// <summary>A refusal whose words need the given values, written invariantly (so 5 is "5", 1.5 is "1.5").</summary>
    public static Refused<TReason> Of<TReason>(TReason reason, params object[] args)
        where TReason : struct, Enum =>
        new(reason, [.. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")]);
}
