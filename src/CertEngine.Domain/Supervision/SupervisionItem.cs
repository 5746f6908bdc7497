namespace CertEngine.Domain.Supervision;

/// <summary>One item of the supervision checklist (督导检查表), e.g. <c>identity</c>: 人证合一核验.</summary>
/// <param name="Id">The item's stable id (letters, digits, <c>-</c>); records store answers by it.</param>
/// <param name="Chinese">What the supervisor checks, in Chinese.</param>
/// <param name="English">The same in English.</param>
public sealed record SupervisionItem(string Id, string Chinese, string English);
