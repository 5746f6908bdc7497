namespace CertEngine.Storage.Records.Credit;

/// <summary>Training hours a training centre entered or imported for a worker (培训学时), for the credit record.</summary>
/// <param name="EntryId">A stable id: the same entry imported twice is stored once.</param>
/// <param name="IdNumber">The worker's ID number.</param>
/// <param name="Centre">The training centre.</param>
/// <param name="Course">The course or class.</param>
/// <param name="Hours">The hours (学时), more than 0.</param>
/// <param name="From">The first day of training.</param>
/// <param name="To">The last day of training (inclusive).</param>
/// <param name="Actor">Who entered it.</param>
/// <param name="At">When it was entered (UTC).</param>
public sealed record TrainingEntry(string EntryId, string IdNumber, string Centre, string Course, decimal Hours, DateOnly From, DateOnly To, string Actor, DateTimeOffset At);
