namespace CertEngine.Contracts.Accounts;

/// <summary>Where a staff account stands after a wrong password.</summary>
/// <param name="Locked">Whether sign-in is now refused.</param>
/// <param name="LockedNow">Whether this failure locked it (the first refusal of a lockout).</param>
/// <param name="Until">Until when it is locked, when <paramref name="Locked"/>.</param>
[GenerateSerializer, Immutable, Alias("certengine.StaffLockout")]
public sealed record StaffLockout([property: Id(0)] bool Locked, [property: Id(1)] bool LockedNow, [property: Id(2)] DateTimeOffset? Until)
{
    /// <summary>Not locked.</summary>
    public static StaffLockout Open { get; } = new(false, false, null);
}
