namespace CertEngine.Documents;

/// <summary>The documents the templates folder must hold, each in its own Scriban file.</summary>
public enum DocumentTemplate
{
    /// <summary>职业技能等级证书, A4 landscape: <c>skill-level-certificate.sbn-html</c>.</summary>
    SkillLevelCertificate,

    /// <summary>专项职业能力证书, A4 landscape: <c>specialty-certificate.sbn-html</c>.</summary>
    SpecialtyCertificate,

    /// <summary>成绩单 (score transcript), A4: <c>transcript.sbn-html</c>.</summary>
    Transcript,

    /// <summary>准考证 (admission ticket), A4: <c>admission-ticket.sbn-html</c>.</summary>
    AdmissionTicket,
}
