namespace CertEngine.Contracts.Accounts;

/// <summary>
/// A staff account as others may see it: never the password hash. <see cref="External"/>: the person comes from outside
/// the evaluation body (外部督导员, e.g. sent by the 人社 authority) rather than from its own staff; accounts stored before
/// it existed read as internal.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.StaffAccount")]
public sealed record StaffAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] bool Disabled,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] bool External = false);
