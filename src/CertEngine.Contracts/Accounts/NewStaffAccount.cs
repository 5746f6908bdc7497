namespace CertEngine.Contracts.Accounts;

/// <summary>An account to create: user name (letters, digits, <c>. _ -</c>), display name, roles, and whether the person is external (外部).</summary>
[GenerateSerializer, Immutable, Alias("certengine.NewStaffAccount")]
public sealed record NewStaffAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] bool External = false);
