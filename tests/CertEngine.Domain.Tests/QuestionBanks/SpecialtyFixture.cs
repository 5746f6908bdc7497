namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// A small, valid 专项 bank: <see cref="BankFixture"/>'s catalogue, syllabus nodes and items, with an occupation that is a
/// 专项职业能力考核规范 (theory + practical, a two-row 工作任务 table) and level-less blueprints.
/// </summary>
internal static class SpecialtyFixture
{
    public static BankFixture Create() => new BankFixture()
        .WithFile(BankFixture.Occupation, """
            occupation:
              code: S-0101
              name: 家庭清洁
              standard: 家庭清洁专项职业能力考核规范
              edition: 2026年版
              specialty:
                code-unconfirmed: true
                definition: 运用清洁知识和技能完成家庭清洁的能力。
                audience: 从事或准备从事家庭清洁的人员。
                work-tasks:
                  - { node: basic, percent: 40, operations: [能做基础工作], knowledge: [基础知识] }
                  - { node: cooking, percent: 60, operations: [能做家庭餐], knowledge: [烹饪知识] }
              components:
                theory: { minutes: 30, pass-mark: 60 }
                practical: { minutes: 60, pass-mark: 60 }
            """)
        .WithFile(BankFixture.Syllabus, """
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
            """)
        .Append(BankFixture.Tasks, """
              - id: t-basic-1
                version: 1
                element: basic
                title: 整理一张工作记录
                minutes: 20
                points: 100
                materials: [记录单]
                instructions: 在 20 分钟内完成。
                criteria:
                  - { id: c1, name: 完整, points: 100, standard: 每缺一项扣 10 分，扣完为止 }
            """)
        .WithFile(BankFixture.Blueprints, """
            blueprints:
              - mode: theory
                minutes: 30
                sections:
                  - { type: single, count: 8, points: 10 }
                  - { type: judge, count: 2, points: 10 }
                cells:
                  basic: { single: 3, judge: 1 }
                  cooking: { single: 5, judge: 1 }
              - mode: practical
                minutes: 60
                tasks: { basic: 1, cooking: 1 }
            """);
}
