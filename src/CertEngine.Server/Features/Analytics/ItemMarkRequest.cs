namespace CertEngine.Server.Features.Analytics;

/// <summary>An author's mark on an item: <c>revision</c>, <c>retirement</c> or <c>cleared</c>, with the reason.</summary>
/// <param name="Mark">revision (修订), retirement (停用) or cleared (撤销标记).</param>
/// <param name="Reason">Why, 1–500 characters (required unless clearing).</param>
public sealed record ItemMarkRequest(string? Mark, string? Reason);
