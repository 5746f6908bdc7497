namespace CertEngine.Contracts.Accounts;

/// <summary>A staff account as others may see it: never the password hash.</summary>
[GenerateSerializer, Immutable, Alias("certengine.StaffAccount")]
public sealed record StaffAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] bool Disabled,
    [property: Id(4)] DateTimeOffset CreatedAt);
