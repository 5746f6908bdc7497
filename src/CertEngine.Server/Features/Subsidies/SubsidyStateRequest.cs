using System.ComponentModel.DataAnnotations;
using CertEngine.Domain.Programmes;

namespace CertEngine.Server.Features.Subsidies;

/// <summary>A manager's change of a claim's state.</summary>
/// <param name="State">The new state: <c>draft</c>, <c>submitted</c>, <c>paid</c> or <c>refused</c>.</param>
/// <param name="Version">The claim version the manager saw (0 for a draft never stored).</param>
/// <param name="Reason">The 人社局's reason (required for <c>refused</c>), or a note.</param>
public sealed record SubsidyStateRequest(
    [property: Required, StringLength(20)] string State,
    [property: Range(0, int.MaxValue)] int Version,
    [property: StringLength(SubsidyClaimRules.MaxReasonLength)] string? Reason);
