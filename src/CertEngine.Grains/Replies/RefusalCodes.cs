using CertEngine.Contracts;
using CertEngine.Domain;

namespace CertEngine.Grains.Replies;

/// <summary>
/// The one mapping from the Domain's reasons to the reply codes: a reason <c>X</c> of the Domain enum <c>AreaRefusal</c>
/// is the code <c>AreaX</c> (AttemptRefusal.TimeUp is RefusalCode.AttemptTimeUp). A test checks every Domain reason has
/// its code, so a reason added in the Domain without one fails the suite, not a request.
/// </summary>
public static class RefusalCodes
{
    /// <summary>The refusal as the reply carries it, passing on <paramref name="cause"/> if given.</summary>
    public static Refusal ToReply<TReason>(this Refused<TReason> refused, Refusal? cause = null)
        where TReason : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(refused);
        // A plain array: a collection expression typed as IReadOnlyList is a compiler-made type Orleans cannot serialize.
        return new Refusal(Code(refused.Reason), refused.Args.ToArray(), cause);
    }

    /// <summary>A refused command with the Domain's reason, passing on <paramref name="cause"/> if given.</summary>
    public static CommandReply Refuse<TReason>(Refused<TReason> refused, Refusal? cause = null)
        where TReason : struct, Enum => CommandReply.Refuse(refused.ToReply(cause));

    /// <summary>The reply code of a Domain reason.</summary>
    public static RefusalCode Code<TReason>(TReason reason)
        where TReason : struct, Enum => Map<TReason>.Codes[reason];

    private static class Map<TReason>
        where TReason : struct, Enum
    {
        public static readonly Dictionary<TReason, RefusalCode> Codes = Enum.GetValues<TReason>().ToDictionary(
            reason => reason,
            reason => Enum.Parse<RefusalCode>(Area + reason));

        private static string Area => typeof(TReason).Name.EndsWith("Refusal", StringComparison.Ordinal)
            ? typeof(TReason).Name[..^"Refusal".Length]
            : throw new InvalidOperationException($"{typeof(TReason).Name}: a Domain reason enum is named <Area>Refusal");
    }
}
