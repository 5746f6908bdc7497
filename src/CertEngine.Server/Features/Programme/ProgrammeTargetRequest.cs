using System.ComponentModel.DataAnnotations;
using CertEngine.Domain.Programmes;

namespace CertEngine.Server.Features.Programme;

/// <summary>A target an Admin enters: <paramref name="Count"/> certified over <paramref name="FromYear"/>–<paramref name="Year"/>.</summary>
/// <param name="Programme">The programme id (<c>maternal</c>, <c>home</c>, <c>elderly</c>, <c>medical</c>).</param>
/// <param name="Year">The target's year.</param>
/// <param name="FromYear">The first year counted; the target's year when omitted.</param>
/// <param name="Count">The number to reach.</param>
public sealed record ProgrammeTargetRequest(
    [property: Required, StringLength(ProgrammeFilter.MaxLength)] string Programme,
    [property: Range(ProgrammeTarget.MinYear, ProgrammeTarget.MaxYear)] int Year,
    [property: Range(ProgrammeTarget.MinYear, ProgrammeTarget.MaxYear)] int? FromYear,
    [property: Range(0, ProgrammeTarget.MaxCount)] int Count);
