namespace CertEngine.Storage.Records.Exports;

/// <summary>
/// A pair a manager should check for 一人多证: two certificates of one ID number, occupation and level that differ only in
/// 工种 (<see cref="Kind"/> <c>work-type</c>), or one ID number stored under two spellings of a name (<c>name</c>).
/// </summary>
/// <param name="Kind"><c>work-type</c> or <c>name</c>.</param>
/// <param name="IdNumber">The ID number.</param>
/// <param name="First">The first certificate number (<c>work-type</c>) or name (<c>name</c>, the smaller in code-point order).</param>
/// <param name="Second">The second certificate number or name.</param>
/// <param name="FirstDetail">The first certificate's 工种 (<c>work-type</c>), or empty.</param>
/// <param name="SecondDetail">The second certificate's 工种, or the number of distinct names stored (<c>name</c>).</param>
/// <param name="OccupationCode">The occupation (<c>work-type</c>), or empty.</param>
/// <param name="Level">The level digit (<c>work-type</c>), or null.</param>
/// <param name="HolderName">The holder's name on the first certificate (<c>work-type</c>), or the first name (<c>name</c>).</param>
public sealed record NearDuplicate(string Kind, string IdNumber, string First, string Second, string FirstDetail, string SecondDetail,
    string OccupationCode, int? Level, string HolderName);
