using CertEngine.Contracts.Banks;

namespace CertEngine.Server.Features.Banks;

/// <summary>What an uploaded bank draft is: its problems, its counts, and how it differs from the latest published version.</summary>
/// <param name="BankCode">The occupation code the draft declares; null when it has no occupation.</param>
/// <param name="BankName">The occupation's name.</param>
/// <param name="Saved">True when the draft loads and was kept as the bank's current draft.</param>
/// <param name="Publishable">True when it has no error and breaks no earlier version: it may be published as <paramref name="NextVersion"/>.</param>
/// <param name="Items">Items in the draft.</param>
/// <param name="Tasks">Practical tasks in the draft.</param>
/// <param name="Blueprints">Blueprints in the draft.</param>
/// <param name="NextVersion">The number publication would give.</param>
/// <param name="Problems">Every error and warning, by file and line.</param>
/// <param name="Diff">The changes from the latest published version (From 0 when there is none).</param>
public sealed record BankCheck(
    string? BankCode,
    string? BankName,
    bool Saved,
    bool Publishable,
    int Items,
    int Tasks,
    int Blueprints,
    int NextVersion,
    IReadOnlyList<BankProblemInfo> Problems,
    BankDiffReport? Diff);
