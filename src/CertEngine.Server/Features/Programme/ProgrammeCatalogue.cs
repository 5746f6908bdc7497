using CertEngine.Domain.Programmes;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Programme;

/// <summary>
/// The programme data folder, read once (programme/ beside tracks/, <see cref="ProgrammeOptions.Root"/>): the occupation map,
/// the subsidy city's rules and the example targets. A folder with problems is a deployment error, named with file and line.
/// </summary>
public sealed class ProgrammeCatalogue(IOptions<ProgrammeOptions> options)
{
    private readonly Lazy<ProgrammeData> _data = new(() => ProgrammeData.Load(options.Value.Root) switch
    {
        ({ } data, _) => data,
        (_, var problems) => throw new InvalidOperationException("方案数据有误 (programme data problems): " + string.Join("; ", problems)),
    });

    /// <summary>The data.</summary>
    public ProgrammeData Data => _data.Value;
}
