namespace CertEngine.Server.Features.Credit;

/// <summary>
/// A worker's credit record for 家政信用查-style platforms (schema <c>certengine.credit-record/1</c>, docs/exports.md):
/// training hours, assessments taken, components passed and certificates held with their verify URLs. Name and ID number
/// are masked as on the verify page unless an Admin asked for them unmasked.
/// </summary>
/// <param name="Schema">Always <see cref="SchemaName"/>.</param>
/// <param name="GeneratedAt">When the record was made (UTC).</param>
/// <param name="Masked">Whether name and ID number are masked.</param>
/// <param name="Holder">The worker.</param>
/// <param name="TrainingHours">The sum of the training entries' hours.</param>
/// <param name="Training">Training entries, oldest first.</param>
/// <param name="Assessments">Components sat, the latest result per track, component and sitting, by exam date.</param>
/// <param name="ComponentsPassed">How many of <paramref name="Assessments"/> passed.</param>
/// <param name="Certificates">Certificates from this engine, in order of issue, with their status.</param>
public sealed record CreditRecord(string Schema, DateTimeOffset GeneratedAt, bool Masked, CreditHolder Holder, decimal TrainingHours,
    IReadOnlyList<CreditTraining> Training, IReadOnlyList<CreditAssessment> Assessments, int ComponentsPassed, IReadOnlyList<CreditCertificateLine> Certificates)
{
    /// <summary>The schema's name and version.</summary>
    public const string SchemaName = "certengine.credit-record/1";
}

/// <summary>The worker, masked (张*明, 1404**********1234) unless asked unmasked by an Admin.</summary>
/// <param name="Name">The name.</param>
/// <param name="IdNumber">The ID number.</param>
public sealed record CreditHolder(string Name, string IdNumber);

/// <summary>One training entry.</summary>
/// <param name="Centre">The training centre.</param>
/// <param name="Course">The course.</param>
/// <param name="Hours">The hours (学时).</param>
/// <param name="From">The first day (yyyy-MM-dd).</param>
/// <param name="To">The last day (yyyy-MM-dd, inclusive).</param>
public sealed record CreditTraining(string Centre, string Course, decimal Hours, DateOnly From, DateOnly To);

/// <summary>One component sat.</summary>
/// <param name="Track">The track key (occupation/工种/level).</param>
/// <param name="Component"><c>theory</c>, <c>practical</c> or <c>review</c>.</param>
/// <param name="Sitting">The sitting.</param>
/// <param name="ExamDate">The exam date.</param>
/// <param name="Score">The score out of 100.</param>
/// <param name="PassMark">The pass mark.</param>
/// <param name="Passed">Not void and at or above the pass mark.</param>
/// <param name="Void">成绩无效.</param>
public sealed record CreditAssessment(string Track, string Component, string Sitting, DateOnly ExamDate, decimal Score, decimal PassMark, bool Passed, bool Void);

/// <summary>One certificate held (or once held: its status says).</summary>
/// <param name="Number">The number.</param>
/// <param name="Kind"><c>skill-level</c> or <c>specialty</c>.</param>
/// <param name="OccupationCode">The occupation or 专项 code.</param>
/// <param name="WorkType">The 工种, <c>--</c> where none.</param>
/// <param name="Level">The level in its national form, empty for a 专项.</param>
/// <param name="IssuedOn">The date of issue.</param>
/// <param name="Status"><c>valid</c>, <c>suspended</c>, <c>revoked</c> or <c>reissued</c>.</param>
/// <param name="VerifyUrl">The public verification address (the QR code's), or empty when the certificate cannot be read.</param>
public sealed record CreditCertificateLine(string Number, string Kind, string OccupationCode, string WorkType, string Level, DateOnly IssuedOn, string Status, string VerifyUrl);
