using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Tests.Web;

/// <summary>
/// Every validation message the pages show is written in Chinese and has its English in ValidationMessages.en.resx, so a
/// page reads in one language and the API's answers in both.
/// </summary>
public sealed partial class ValidationMessagesTests
{
    [Fact]
    public void EveryAnnotationsChineseMessage_HasEnglishWords()
    {
        var messages = typeof(ValidationMessages).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>())
                .Concat(type.GetConstructors().SelectMany(c => c.GetParameters()).SelectMany(p => p.GetCustomAttributes<ValidationAttribute>())))
            .Select(a => a.ErrorMessage)
            .OfType<string>()
            .Where(m => Chinese().IsMatch(m))
            .Distinct()
            .ToList();

        Assert.True(messages.Count > 40, $"only {messages.Count} messages found: the scan is broken");
        Assert.DoesNotContain(messages, m => ValidationMessages.EnglishOf(m) is null);
        Assert.DoesNotContain(messages, m => m.Contains(" (", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryMessageAPageAddsItself_HasEnglishWords()
    {
        var source = Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "src", "CertEngine.Server");
        var messages = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => OfCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(messages);
        Assert.DoesNotContain(messages, m => ValidationMessages.EnglishOf(m) is null);
    }

    [Fact]
    public void Bilingual_KnownMessage_GivesBoth_AnOtherAsItIs()
    {
        Assert.Equal("请填写用户名 (User name required)", ValidationMessages.Bilingual("请填写用户名"));
        Assert.Equal("The field X is invalid.", ValidationMessages.Bilingual("The field X is invalid."));
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();

    [GeneratedRegex("ValidationMessages\\.Of\\(\"([^\"]+)\"\\)")]
    private static partial Regex OfCall();
}
