using System.Diagnostics.Metrics;

namespace CertEngine.Grains.Telemetry;

/// <summary>
/// The <c>CertEngine</c> meter: what the people running an exam day watch (docs/operations.md "Watching an exam day"),
/// exported with ASP.NET Core's, the runtime's and Orleans' own meters at <c>/metrics</c>. One meter for the process;
/// the instruments are grouped by concern in <see cref="ExamMetrics"/>, <see cref="Storage.StorageMetrics"/> and
/// <see cref="RequestMetrics"/>. Every instrument is a counter or an in-process figure: reading them never calls a
/// grain or the database.
/// </summary>
public static class CertEngineMeter
{
    /// <summary>The meter's name.</summary>
    public const string Name = "CertEngine";

    /// <summary>The meter.</summary>
    public static Meter Meter { get; } = new(Name);

    /// <summary>
    /// Creates every instrument now, so that <c>/metrics</c> lists them (at zero) from the start rather than from their
    /// first use.
    /// </summary>
    public static void CreateInstruments()
    {
        foreach (var type in new[] { typeof(ExamMetrics), typeof(Storage.StorageMetrics), typeof(RequestMetrics) })
        {
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
    }
}
