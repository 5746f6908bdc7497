using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Candidates;

/// <summary>The candidate page's evidence form (申报材料): one piece, new or edited; the grain checks what the attributes cannot.</summary>
public sealed class EvidenceForm
{
    /// <summary>The evidence edited, or empty to add.</summary>
    [StringLength(12)]
    public string? EvidenceId { get; set; }

    /// <summary><c>work</c>, <c>apprenticeship</c>, <c>certificate</c>, <c>graduation</c> or <c>training</c>.</summary>
    [Required(ErrorMessage = "请选择材料类别"), StringLength(20)]
    public string? Kind { get; set; }

    /// <summary>The start of work, or the document's date.</summary>
    [Required(ErrorMessage = "请填写日期")]
    public DateOnly? From { get; set; }

    /// <summary>The end of work (exclusive), or empty.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The occupation, the certificate's occupation code, or the major.</summary>
    [StringLength(40, ErrorMessage = "职业或专业不超过 40 字")]
    public string? Occupation { get; set; }

    /// <summary>The certificate's level digit.</summary>
    [Range(1, 5, ErrorMessage = "证书等级应为 1 到 5")]
    public int? Level { get; set; }

    /// <summary>The certificate's number.</summary>
    [StringLength(32, ErrorMessage = "证书编号不超过 32 位")]
    public string? Number { get; set; }

    /// <summary>The school kind.</summary>
    [StringLength(30)]
    public string? School { get; set; }

    /// <summary>The major is this or a related one.</summary>
    public bool Related { get; set; }

    /// <summary>学时.</summary>
    [Range(0, 5000, ErrorMessage = "培训学时应在 0 到 5000 之间")]
    public decimal? Hours { get; set; }

    /// <summary>The form as the service takes it.</summary>
    public EvidenceInput ToInput() => new(Kind ?? "", From, To, Occupation, Level, Number, School, Related, Hours);
}
