using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Certificates;
using CertEngine.Domain.Exports;
using CertEngine.Grains.Certificates;
using CertEngine.Storage.Records.Credit;

namespace CertEngine.Server.Features.Credit;

/// <summary>
/// Credit records (家政信用): a worker's record from the record store (training entries, component results, certificates
/// with their status) with each certificate's verify URL, masked unless an Admin asks; the CSV form; the training hours
/// a training centre enters. Shared by <see cref="CreditApi"/> and pages.
/// </summary>
public sealed class CreditRecords(ICreditRecords records, IGrainFactory grains, CertificateAuthority authority, TimeProvider clock)
{
    /// <summary>The record, or null when the engine knows nothing of the ID number. Unmasked records are audited on the worker's trail.</summary>
    public async Task<CreditRecord?> BuildAsync(string idNumber, bool unmasked, string actor, CancellationToken cancellationToken)
    {
        var candidate = await grains.GetGrain<ICandidateGrain>(idNumber).GetAsync();
        var training = await records.TrainingAsync(idNumber, cancellationToken);
        var components = await records.ComponentsAsync(idNumber, cancellationToken);
        var certificates = await records.CertificatesAsync(idNumber, cancellationToken);
        if (candidate is null && training.Count == 0 && components.Count == 0 && certificates.Count == 0)
        {
            return null;
        }

        var name = candidate?.Profile.Name ?? (certificates.Count > 0 ? certificates[^1].HolderName : "");
        var lines = new List<CreditCertificateLine>();
        foreach (var c in certificates)
        {
            var snapshot = await grains.GetGrain<ICertificateGrain>(c.Number).GetAsync();
            lines.Add(new CreditCertificateLine(c.Number, c.Kind, c.OccupationCode, c.WorkType.Length == 0 ? NationalFields.NoWorkType : c.WorkType,
                NationalFields.LevelDisplay(c.Level), c.IssuedOn, snapshot?.Status ?? c.Status, snapshot is null ? "" : authority.VerifyUrl(c.Number, snapshot.Token)));
        }

        var assessments = components.Select(c => new CreditAssessment(c.TrackKey, c.Component.ToLowerInvariant(), c.SessionId, c.ExamDate, c.Score, c.PassMark,
            c.Passed, c.Voided)).ToList();
        var holder = unmasked ? new CreditHolder(name, idNumber) : new CreditHolder(PublicCertificateView.MaskName(name), IdentityNumber.Mask(idNumber));
        if (unmasked)
        {
            // The internal id, never the ID number, names the trail (as the candidate grain's own records do).
            var subject = "candidate/" + (candidate?.InternalId ?? IdentityNumber.Mask(idNumber));
            await grains.GetGrain<IAuditTrailGrain>(subject).AppendAsync([new AuditRecord(clock.GetUtcNow(), actor, "credit.unmasked", subject, "",
                "信用档案未遮蔽查看 (credit record read unmasked)")]);
        }

        return new CreditRecord(CreditRecord.SchemaName, clock.GetUtcNow(), !unmasked, holder, training.Sum(t => t.Hours),
            [.. training.Select(t => new CreditTraining(t.Centre, t.Course, t.Hours, t.From, t.To))], assessments, assessments.Count(a => a.Passed), lines);
    }

    /// <summary>The record as UTF-8 CSV with a BOM: one row per training entry, component sat and certificate.</summary>
    public static byte[] Csv(CreditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var csv = new StringBuilder();
        void Row(params string[] cells) => csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        Row("记录类型", "姓名", "证件号码", "机构或认定项目", "课程或科目", "学时", "开始或考试日期", "结束或发证日期", "成绩", "结果", "证书编号", "等级", "状态", "验证地址");
        var (n, id) = (record.Holder.Name, record.Holder.IdNumber);
        foreach (var t in record.Training)
        {
            Row("培训", n, id, t.Centre, t.Course, Number(t.Hours), Date(t.From), Date(t.To), "", "", "", "", "", "");
        }

        foreach (var a in record.Assessments)
        {
            Row("考核", n, id, a.Track, a.Component, "", Date(a.ExamDate), "", Number(a.Score), a.Void ? "成绩无效" : a.Passed ? "合格" : "不合格", "", "", "", "");
        }

        foreach (var c in record.Certificates)
        {
            Row("证书", n, id, c.OccupationCode + " " + c.WorkType, "", "", "", Date(c.IssuedOn), "", "", c.Number, c.Level, c.Status, c.VerifyUrl);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Stores the entries (all or none: the first wrong one is named, as <c>entries[i].field</c>); returns how many were new.</summary>
    public async Task<(int Added, string? Field, string? Problem)> AddTrainingAsync(TrainingImport import, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (import.Entries is not { Count: > 0 and <= TrainingImport.MaxEntries })
        {
            return (0, "entries", $"一次 1 至 {TrainingImport.MaxEntries} 条 (entries: 1 to {TrainingImport.MaxEntries})");
        }

        var today = ChinaTime.Today(clock);
        var entries = new List<TrainingEntry>();
        for (var i = 0; i < import.Entries.Count; i++)
        {
            var e = import.Entries[i];
            var field = $"entries[{i}].";
            if (e is null || IdentityNumber.TryParse(e.IdNumber, today).Number is not { } number)
            {
                return (0, field + "idNumber", "身份证号码有误 (invalid ID number)");
            }

            if (Text(e.Centre) is not { } centre || Text(e.Course) is not { } course)
            {
                return (0, field + (Text(e.Centre) is null ? "centre" : "course"), "培训机构和课程必填，不超过 100 个字 (centre and course: 1 to 100 characters)");
            }

            if (e.Hours is <= 0 or > 2_000)
            {
                return (0, field + "hours", "学时须大于 0、不超过 2000 (hours: more than 0, at most 2000)");
            }

            if (e.To < e.From || e.To > today || e.From.Year < 1990)
            {
                return (0, field + "to", "日期有误：结束不早于开始、不晚于今天 (dates: to not before from, not in the future)");
            }

            var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                string.Join('\u001f', number.Value, centre, course, Number(e.Hours), Date(e.From), Date(e.To)))))[..32];
            entries.Add(new TrainingEntry(id, number.Value, centre, course, e.Hours, e.From, e.To, actor, clock.GetUtcNow()));
        }

        return (await records.AddTrainingAsync(entries, cancellationToken), null, null);
    }

    private static string? Text(string? text) =>
        text?.Trim() is { Length: > 0 and <= 100 } trimmed && !trimmed.Any(char.IsControl) ? trimmed : null;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string text)
    {
        var safe = SpreadsheetText.Escape(text);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
