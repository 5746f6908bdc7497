namespace CertEngine.Contracts.Accounts;

/// <summary>
/// What sign-in checks: the password hash (ASP.NET Core Identity's format), the roles, whether the account is disabled,
/// the stamp that changes with the password or roles so older sign-ins can be told apart, and until when sign-in is
/// locked after repeated failures.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.StaffCredential")]
public sealed record StaffCredential(
    [property: Id(0)] StaffAccount Account,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string SecurityStamp,
    [property: Id(3)] DateTimeOffset? LockedUntil = null);
