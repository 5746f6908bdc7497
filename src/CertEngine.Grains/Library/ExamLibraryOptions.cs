using System.ComponentModel.DataAnnotations;

namespace CertEngine.Grains.Library;

/// <summary>Where the engine reads its published banks and track data from.</summary>
public sealed class ExamLibraryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Library";

    /// <summary>The banks root: <c>&lt;root&gt;/&lt;occupation&gt;/versions/&lt;n&gt;</c> holds each published version.</summary>
    [Required]
    public string BankRoot { get; set; } = "question-banks";

    /// <summary>The track data folder (settings and eligibility rule sets per occupation).</summary>
    [Required]
    public string TracksRoot { get; set; } = "tracks";
}
