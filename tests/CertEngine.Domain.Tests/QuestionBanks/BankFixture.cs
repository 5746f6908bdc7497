using System.Text;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// A small, valid bank as YAML texts (catalogue + one occupation), which a test damages in one place to
/// see one rule fire at one line. Paths are relative: <c>catalogue.yaml</c> and <c>bank/…</c>.
/// </summary>
public sealed class BankFixture
{
    public const string Catalogue = "catalogue.yaml";
    public const string Occupation = "bank/occupation.yaml";
    public const string Syllabus = "bank/syllabus.yaml";
    public const string Items = "bank/items.yaml";
    public const string Tasks = "bank/tasks.yaml";
    public const string Blueprints = "bank/blueprints.yaml";

    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal)
    {
        [Catalogue] = """
            levels:
              - { digit: 5, name: 五级, title: 初级工 }
              - { digit: 4, name: 四级, title: 中级工 }
            publication-rules:
              min-pool-ratio: 1
              min-items-per-element: 1
              min-elements-per-weight: 0
              min-elements-per-level: 1
              min-x-share: 0.5
              max-y-share: 0.5
              max-z-share: 0.5
            """,
        [Occupation] = """
            occupation:
              code: 9-99-99-99
              name: 测试职业
              standard: 测试标准
              edition: 2026年版
              levels: [5]
              components:
                5: { theory: { minutes: 90, pass-mark: 60 }, practical: { minutes: 60, pass-mark: 60 } }
            """,
        [Syllabus] = """
            nodes:
              - id: basic
                name: 基本要求
                elements:
                  - { id: basic.001, name: 职业道德, tag: X }
              - id: related
                name: 相关知识
                children:
                  - id: cooking
                    name: 家庭餐制作
                    elements:
                      - { id: cooking.001, name: 主食, tag: X }
                      - { id: cooking.002, name: 菜肴, tag: Y }
            weights:
              theory:
                5: { basic: 40, related: 60 }
              skill:
                5: { cooking: 100 }
            """,
        [Items] = GenerateItems(),
        [Tasks] = """
            tasks:
              - id: t-cooking-1
                version: 1
                element: cooking
                title: 制作一道家常菜
                minutes: 30
                points: 100
                materials: [炒锅, 青菜]
                instructions: 在 30 分钟内完成。
                criteria:
                  - { id: c1, name: 准备, points: 40, standard: 每缺一项扣 5 分，扣完为止 }
                  - { id: c2, name: 操作, points: 60, standard: 每错一步扣 10 分，扣完为止 }
                vetoes: [发生烫伤]
            """,
        [Blueprints] = """
            blueprints:
              - level: 5
                mode: theory
                minutes: 90
                sections:
                  - { type: single, count: 8, points: 10 }
                  - { type: judge, count: 2, points: 10 }
                cells:
                  basic: { single: 3, judge: 1 }
                  related: { single: 5, judge: 1 }
              - level: 5
                mode: practical
                minutes: 60
                tasks: { cooking: 1 }
            """,
    };

    /// <summary>Replaces the only occurrence of <paramref name="old"/> in a file (fails the test if it is not there once).</summary>
    public BankFixture Replace(string file, string old, string replacement)
    {
        var text = Files[file];
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' should occur once in {file}");
        Files[file] = text[..at] + replacement + text[(at + old.Length)..];
        return this;
    }

    /// <summary>Adds (or replaces) a whole file.</summary>
    public BankFixture WithFile(string file, string text)
    {
        Files[file] = text;
        return this;
    }

    /// <summary>Appends lines to a file.</summary>
    public BankFixture Append(string file, string text)
    {
        Files[file] = Files[file].TrimEnd('\n') + "\n" + text;
        return this;
    }

    /// <summary>The 1-based line of the first line holding <paramref name="text"/>.</summary>
    public int LineOf(string file, string text)
    {
        var lines = Files[file].Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in {file}");
        return index + 1;
    }

    /// <summary>Loads and validates the bank from memory.</summary>
    public BankLoadResult Load() => BankLoader.Load(
        [new BankFile(Catalogue, Files[Catalogue])],
        Files.Where(f => f.Key != Catalogue).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new BankFile(f.Key, f.Value)),
        _ => null);

    /// <summary>Writes the files under <paramref name="root"/> and returns the bank directory.</summary>
    public string WriteTo(string root)
    {
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return Path.Combine(root, "bank");
    }

    private static string GenerateItems()
    {
        var text = new StringBuilder("items:\n");
        void Single(string id, string element, string key) => text.Append($"""
              - id: {id}
                version: 1
                type: single
                element: {element}
                difficulty: 2
                stem: 题目 {id} 的题干（  ）。
                options:
                  A: {id} 选项一
                  B: {id} 选项二
                  C: {id} 选项三
                  D: {id} 选项四
                key: {key}

            """);
        void Judge(string id, string element, string key) => text.Append($"""
              - id: {id}
                version: 1
                type: judge
                element: {element}
                difficulty: 2
                stem: 判断题 {id} 的陈述。
                key: {key}

            """);
        for (var i = 1; i <= 3; i++)
        {
            Single($"s-basic-{i}", "basic.001", "ABCD"[i % 4].ToString());
        }

        Judge("j-basic-1", "basic.001", "true");
        for (var i = 1; i <= 5; i++)
        {
            Single($"s-cooking-{i}", i % 2 == 0 ? "cooking.002" : "cooking.001", "ABCD"[i % 4].ToString());
        }

        Judge("j-cooking-1", "cooking.001", "false");
        return text.ToString();
    }
}
