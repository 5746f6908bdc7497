namespace CertEngine.Contracts.Accounts;

/// <summary>An account to create: user name (letters, digits, <c>. _ -</c>), display name and roles.</summary>
[GenerateSerializer, Immutable, Alias("certengine.NewStaffAccount")]
public sealed record NewStaffAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Roles);
