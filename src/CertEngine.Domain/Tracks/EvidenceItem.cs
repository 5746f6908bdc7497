namespace CertEngine.Domain.Tracks;

/// <summary>
/// One piece of a candidate's evidence for 资格审核 (申报材料). Each has an id, unique within the candidate's evidence,
/// which the eligibility decision names so that the reviewer can find the document.
/// </summary>
public abstract record EvidenceItem
{
    private EvidenceItem()
    {
    }

    /// <summary>The evidence id, unique within one candidate's evidence.</summary>
    public abstract string Id { get; }

    /// <summary>The kind of evidence.</summary>
    public abstract EvidenceKind Kind { get; }

    /// <summary>
    /// A period of work (工作年限证明) in an occupation. <paramref name="From"/> is the first day worked (inclusive);
    /// <paramref name="To"/> is the day the work ended (exclusive), or null while it goes on.
    /// </summary>
    /// <param name="Occupation">The occupation's name or 大典 code, compared with the rule's own and related occupations.</param>
    public sealed record WorkExperience(string Id, string Occupation, DateOnly From, DateOnly? To) : EvidenceItem
    {
        /// <inheritdoc />
        public override string Id { get; } = Id;

        /// <inheritdoc />
        public override EvidenceKind Kind => EvidenceKind.Work;
    }

    /// <summary>学徒期满: an apprenticeship completed on <paramref name="CompletedOn"/>.</summary>
    public sealed record Apprenticeship(string Id, DateOnly CompletedOn) : EvidenceItem
    {
        /// <inheritdoc />
        public override string Id { get; } = Id;

        /// <inheritdoc />
        public override EvidenceKind Kind => EvidenceKind.Apprenticeship;
    }

    /// <summary>
    /// A certificate held: a 22-character 职业技能等级证书 or an old 16-digit 职业资格证书 (RULES.md §9), at the level the
    /// candidate claims for it.
    /// </summary>
    /// <param name="Level">The claimed level digit (1 = highest); the number's level digit must agree.</param>
    /// <param name="IssuedOn">发证日期; years "after obtaining" are counted from it.</param>
    public sealed record PriorCertificate(string Id, string OccupationCode, int Level, string Number, DateOnly IssuedOn) : EvidenceItem
    {
        /// <inheritdoc />
        public override string Id { get; } = Id;

        /// <inheritdoc />
        public override EvidenceKind Kind => EvidenceKind.Certificate;
    }

    /// <summary>A graduation certificate (毕业证书), or an expected one for a final-year student.</summary>
    /// <param name="RelatedMajor">True when the major is this or a related one (本专业或相关专业), as the reviewer judged.</param>
    /// <param name="GraduatedOn">The date on the certificate, or the expected graduation date for a final-year student.</param>
    public sealed record Graduation(string Id, SchoolKind School, bool RelatedMajor, DateOnly GraduatedOn) : EvidenceItem
    {
        /// <inheritdoc />
        public override string Id { get; } = Id;

        /// <inheritdoc />
        public override EvidenceKind Kind => EvidenceKind.Graduation;
    }

    /// <summary>A completed training programme (培训证明) of <paramref name="Hours"/> 学时 (≥ 0).</summary>
    public sealed record TrainingRecord(string Id, decimal Hours, DateOnly CompletedOn) : EvidenceItem
    {
        /// <inheritdoc />
        public override string Id { get; } = Id;

        /// <inheritdoc />
        public override EvidenceKind Kind => EvidenceKind.Training;

        /// <summary>学时, ≥ 0.</summary>
        public decimal Hours { get; } = Hours >= 0 ? Hours : throw new ArgumentOutOfRangeException(nameof(Hours), Hours, "hours cannot be negative");
    }
}
