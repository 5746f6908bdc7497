namespace CertEngine.Domain.QuestionBanks;

/// <summary>Stable names of the checks the loader and validator run; docs/bank-authoring.md lists each.</summary>
public static class BankRules
{
    /// <summary>The file is not valid YAML (indentation, an unclosed bracket or quote, a truncated file).</summary>
    public const string YamlSyntax = "yaml-syntax";

    /// <summary>Nesting deeper than 64 levels, or aliases standing for more than 10,000 nodes in one file.</summary>
    public const string YamlLimit = "yaml-limit";

    /// <summary>A field written twice in one entry.</summary>
    public const string DuplicateKey = "duplicate-key";

    /// <summary>A field the format does not have (often a misspelling).</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "missing-field";

    /// <summary>A number out of range, an unknown type or tag, an id in the wrong form.</summary>
    public const string BadValue = "bad-value";

    /// <summary>An id used twice, or the same stem and options under two ids.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>An item names a 鉴定点 that does not exist.</summary>
    public const string UnknownElement = "unknown-element";

    /// <summary>A task, fragment or weight names a syllabus node that does not exist.</summary>
    public const string UnknownNode = "unknown-node";

    /// <summary>Nodes deeper than three levels, or a node with both children and elements.</summary>
    public const string SyllabusShape = "syllabus-shape";

    /// <summary>The X:Y:Z counts disagree with the elements' tags.</summary>
    public const string Xyz = "xyz";

    /// <summary>An empty stem, option or key.</summary>
    public const string EmptyText = "empty-text";

    /// <summary>A key that is not one of the item's option letters.</summary>
    public const string KeyNotAnOption = "key-not-an-option";

    /// <summary>单选 without exactly one key, or 多选 with fewer than two.</summary>
    public const string KeyCount = "key-count";

    /// <summary>A 判断 item without exactly two options.</summary>
    public const string JudgeOptions = "judge-options";

    /// <summary>Too few or too many options.</summary>
    public const string OptionCount = "option-count";

    /// <summary>Two options of one item with the same text.</summary>
    public const string DuplicateOption = "duplicate-option";

    /// <summary>An enemy id that does not exist.</summary>
    public const string UnknownEnemy = "unknown-enemy";

    /// <summary>A task's criteria do not add up to its points.</summary>
    public const string RubricPoints = "rubric-points";

    /// <summary>
    /// A criterion's deductions cannot reach its points, or one deduction exceeds them, or deductions that can add up to
    /// more than the points do not say 扣完为止.
    /// </summary>
    public const string RubricDeductions = "rubric-deductions";

    /// <summary>A 比重表 column that does not make 100, or children that do not add up to their parent.</summary>
    public const string Weights = "weights";

    /// <summary>A level the occupation does not have.</summary>
    public const string Level = "level";

    /// <summary>A blueprint whose sections, cells, durations or practical draw break the rules.</summary>
    public const string Blueprint = "blueprint";

    /// <summary>A blueprint cell with fewer items than a paper draws, or fewer than the minimum pool ratio × the draw.</summary>
    public const string PoolShortfall = "pool-shortfall";

    /// <summary>Fewer items per 鉴定点 than the publication rules ask.</summary>
    public const string ItemsPerElement = "items-per-element";

    /// <summary>Fewer 鉴定点 per weight point or per level than the publication rules ask.</summary>
    public const string ElementCount = "element-count";

    /// <summary>X/Y/Z shares of a level's 鉴定点 outside the publication rules.</summary>
    public const string TagShare = "tag-share";

    /// <summary>A published version whose content no longer matches its manifest.</summary>
    public const string Manifest = "manifest";

    /// <summary>A missing shared module.</summary>
    public const string Include = "include";

    /// <summary>A workbook problem (sheet, row and column).</summary>
    public const string Spreadsheet = "spreadsheet";

    /// <summary>A 专项 bank that breaks the rules for 专项 banks.</summary>
    public const string Specialty = "specialty";

    /// <summary>The 综合评审 material (review.yaml): its level, criteria, summary and 答辩 pool.</summary>
    public const string Review = "review";
}
