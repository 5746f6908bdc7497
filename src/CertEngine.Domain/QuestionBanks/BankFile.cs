namespace CertEngine.Domain.QuestionBanks;

/// <summary>The text of one bank file and the path messages should name it by.</summary>
public sealed record BankFile(string Path, string Text);
