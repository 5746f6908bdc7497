using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Server.Features.Banks;

/// <summary>One difference between two bank versions, as the API and the pages show it.</summary>
/// <param name="Kind"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="What"><c>item</c>, <c>task</c>, <c>syllabus</c>, <c>blueprints</c> or <c>occupation</c>.</param>
/// <param name="Id">The item or task id (the bank code for a whole part).</param>
/// <param name="Detail">Versions and changed fields, or empty.</param>
public sealed record BankChangeLine(string Kind, string What, string Id, string Detail)
{
    /// <summary>The line of a Domain change.</summary>
    public static BankChangeLine From(BankChange change) => new(change.Kind.ToString().ToLowerInvariant(), change.What, change.Id, change.Detail);
}
