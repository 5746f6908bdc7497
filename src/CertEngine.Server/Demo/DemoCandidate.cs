using System.Globalization;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Tracks;

namespace CertEngine.Server.Demo;

/// <summary>One simulated candidate (考生) of a demo day: who they are, how able, and the part scores they reach.</summary>
internal sealed class DemoCandidate(string name, string idNumber, string ticket, double skill)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "郭", "马", "胡", "朱", "高", "林", "何", "罗", "郑", "梁", "宋", "韩", "冯"];
    private static readonly string[] GivenNames = ["秀英", "桂英", "玉兰", "淑珍", "红梅", "丽娟", "春燕", "小燕", "海燕", "桂兰", "素芳", "建华", "晓红", "美玲", "翠花", "金凤", "玉梅", "冬梅", "彩霞", "丽萍"];

    public string Name { get; } = name;

    public string IdNumber { get; } = idNumber;

    public string Ticket { get; } = ticket;

    /// <summary>The chance of a right answer, and the share of each rubric item's points an assessor gives.</summary>
    public double Skill { get; } = skill;

    public decimal? TheoryScore { get; set; }

    public decimal? PracticalScore { get; set; }

    /// <summary>A candidate aged 24 to 51 on <paramref name="day"/>, with a valid 18-character ID number.</summary>
    public static DemoCandidate New(Random random, DateOnly day, int index)
    {
        var birth = day.AddYears(-24 - random.Next(28)).AddDays(-random.Next(365));
        var body = string.Create(CultureInfo.InvariantCulture, $"140402{birth:yyyyMMdd}{random.Next(1000):000}");
        var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
        var skill = 0.45 + random.NextDouble() * 0.5;
        return new DemoCandidate(name, body + IdentityNumber.CheckCharacterOf(body), $"{day:yyMMdd}{index + 1:0000}", skill);
    }

    /// <summary>
    /// Evidence that meets a condition of the track's 申报条件: one to seven years' work in the occupation and a training
    /// record; above the occupation's lowest level, also a certificate of the level below (of this occupation: its code),
    /// issued five to nine years ago (the template's routes to 四级–二级 ask at most five years since it). A 专项 asks
    /// only the working age, which every candidate has.
    /// </summary>
    public static IReadOnlyList<Evidence> Evidence(Track track, IReadOnlyList<int> levels, DateOnly day, Random random)
    {
        List<Evidence> evidence =
        [
            new("work", "work", day.AddYears(-1 - random.Next(6)).AddDays(-random.Next(300)), null, track.OccupationName, null, null, null, true, 0),
            new("training", "training", day.AddDays(-20 - random.Next(40)), day.AddDays(-10), null, null, null, null, false, 120 + random.Next(5) * 8),
        ];

        // Level digits run the other way (1 = highest): the level below is the smallest digit above this one.
        if (track.Key.Level is { } level && levels.Where(l => l > level).Order().FirstOrDefault() is var below and > 0)
        {
            var issued = day.AddYears(-5 - random.Next(5)).AddDays(-random.Next(300));

            // 职业技能等级证书 (RULES.md §9): S, 0000, province 14, station, year, level digit at position 16, serial.
            var number = string.Create(CultureInfo.InvariantCulture, $"S000014000456{issued.Year % 100:00}{below}{random.Next(1, 1000000):000000}");
            evidence.Add(new("certificate", "certificate", issued, null, track.Key.OccupationCode, below, number, null, false, 0));
        }

        return evidence;
    }
}
