using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Programme;

/// <summary>Where the programme data is read from (section <c>CertEngine:Programme</c>).</summary>
public sealed class ProgrammeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Programme";

    /// <summary>The programme data folder (programmes.yaml, subsidies/, targets.example.yaml), beside tracks/.</summary>
    [Required]
    public string Root { get; set; } = "programme";
}
