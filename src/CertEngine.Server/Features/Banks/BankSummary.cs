using CertEngine.Contracts.Banks;

namespace CertEngine.Server.Features.Banks;

/// <summary>One bank: its code and name, every published version (shipped and web), and its current draft.</summary>
public sealed record BankSummary(string Code, string? Name, IReadOnlyList<BankVersionRow> Versions, BankDraftInfo? Draft);
