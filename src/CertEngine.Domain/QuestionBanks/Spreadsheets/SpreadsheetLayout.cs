namespace CertEngine.Domain.QuestionBanks.Spreadsheets;

/// <summary>
/// The Excel authoring template (docs/bank-template.xlsx): sheet and column names, and the YAML field
/// each column fills. Columns are found by their header text, so a centre may reorder them.
/// </summary>
public static class SpreadsheetLayout
{
    /// <summary>The sheet of theory items.</summary>
    public const string ItemSheet = "题目";
    /// <summary>The sheet of practical tasks.</summary>
    public const string TaskSheet = "操作技能";
    /// <summary>The sheet that explains the columns.</summary>
    public const string GuideSheet = "说明";

    /// <summary>Item columns: header → YAML field.</summary>
    public static readonly IReadOnlyList<(string Header, string Field, bool Required)> ItemColumns =
    [
        ("题号", "id", true),
        ("版本", "version", true),
        ("题型", "type", true),
        ("鉴定点", "element", true),
        ("难度", "difficulty", true),
        ("题干", "stem", true),
        ("选项A", "options", false),
        ("选项B", "options", false),
        ("选项C", "options", false),
        ("选项D", "options", false),
        ("选项E", "options", false),
        ("选项F", "options", false),
        ("答案", "key", true),
        ("互斥题", "enemies", false),
        ("解析", "explanation", false),
    ];

    /// <summary>Task columns: header → YAML field. A task's first row carries its fields; each row adds one criterion.</summary>
    public static readonly IReadOnlyList<(string Header, string Field, bool Required)> TaskColumns =
    [
        ("试题编号", "id", true),
        ("版本", "version", true),
        ("鉴定范围", "element", true),
        ("试题名称", "title", true),
        ("时限（分钟）", "minutes", true),
        ("总分", "points", true),
        ("考核准备", "materials", false),
        ("考核要求", "instructions", true),
        ("评分项编号", "criteria", true),
        ("考核要素", "criteria", true),
        ("配分", "criteria", true),
        ("评分标准", "criteria", true),
        ("否决项", "vetoes", false),
        ("计分步长", "mark-step", false),
        ("复位说明", "reset", false),
    ];

    /// <summary>The lines of the guide sheet.</summary>
    public static readonly IReadOnlyList<string> Guide =
    [
        "太行家政题库 Excel 编写模板 · Question-bank authoring template (docs/bank-authoring.md)",
        "导入 import: dotnet run --project src/CertEngine.Server -- bank import-xlsx 本文件.xlsx --into question-banks/<职业代码>",
        "【题目】每行一道题。题号：小写字母、数字、- 和 .，如 cook5-101；版本从 1 开始，改动已发布的题须加 1。",
        "题型：单选、多选、判断。鉴定点：细目表中鉴定点的 id，如 cooking.staple5.001。难度：1（易）–5（难）。",
        "单选填选项A–D，答案填一个字母，如 B；多选答案填两个以上字母，如 ACD；判断题不填选项，答案填 正确 或 错误。",
        "互斥题：不能与本题出现在同一试卷的题号，多个用逗号分隔。解析可不填。",
        "【操作技能】每道操作题第一行填全部栏目，其后每行只填评分项编号、考核要素、配分、评分标准，即一行一个评分项。",
        "考核准备、否决项：一格内每行一项（Alt+Enter 换行）。各评分项配分之和须等于总分；出现任一否决项，该题记零分。",
        "计分步长：考评员给分的最小单位，0.5（默认，可给半分）或 1（只给整分）。复位说明：两名考生之间考务人员须恢复的考场状态（更换的材料、清洁的用具），可不填。",
        "导入前会用与 bank validate 相同的规则校验，出错时指出工作表、行和列，且不写入任何文件。",
    ];
}
