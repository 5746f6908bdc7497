namespace CertEngine.Domain.QuestionBanks;

/// <summary>Stable names of the checks the loader and validator run; docs/bank-authoring.md lists each.</summary>
public static class BankRules
{
    public const string YamlSyntax = "yaml-syntax";
    public const string YamlLimit = "yaml-limit";
    public const string DuplicateKey = "duplicate-key";
    public const string UnknownField = "unknown-field";
    public const string MissingField = "missing-field";
    public const string BadValue = "bad-value";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownElement = "unknown-element";
    public const string UnknownNode = "unknown-node";
    public const string SyllabusShape = "syllabus-shape";
    public const string Xyz = "xyz";
    public const string EmptyText = "empty-text";
    public const string KeyNotAnOption = "key-not-an-option";
    public const string KeyCount = "key-count";
    public const string JudgeOptions = "judge-options";
    public const string OptionCount = "option-count";
    public const string DuplicateOption = "duplicate-option";
    public const string UnknownEnemy = "unknown-enemy";
    public const string RubricPoints = "rubric-points";
    public const string RubricDeductions = "rubric-deductions";
    public const string Weights = "weights";
    public const string Level = "level";
    public const string Blueprint = "blueprint";
    public const string PoolShortfall = "pool-shortfall";
    public const string ItemsPerElement = "items-per-element";
    public const string ElementCount = "element-count";
    public const string TagShare = "tag-share";
    public const string Manifest = "manifest";
    public const string Include = "include";
    public const string Spreadsheet = "spreadsheet";
    public const string Specialty = "specialty";
}
