namespace CertEngine.Domain.QuestionBanks;

/// <summary>What the reader has gathered from a bank's files, before the bank is assembled and validated.</summary>
internal sealed class BankDraft
{
    public List<LevelInfo> Levels { get; } = [];
    public List<(string Field, decimal Value, SourceLocation Location)> RuleSettings { get; } = [];
    public Dictionary<string, object> LintSettings { get; } = new(StringComparer.Ordinal);
    public List<Occupation> Occupations { get; } = [];
    public List<SyllabusNode> Nodes { get; } = [];
    public List<SyllabusElement> Elements { get; } = [];
    public List<WeightEntry> Weights { get; } = [];
    public List<Item> Items { get; } = [];
    public List<PracticalTask> Tasks { get; } = [];
    public List<Blueprint> Blueprints { get; } = [];
    public List<ReviewMaterial> Reviews { get; } = [];
}
