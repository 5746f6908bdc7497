using CertEngine.Grains.Library;

namespace CertEngine.Server.Features.Signals;

/// <summary>The analytics settings in force: <c>analytics.yaml</c> under the bank root, read once (<see cref="AnalyticsSettingsFile"/>).</summary>
public sealed class AnalyticsSettingsSource(ExamLibrary library)
{
    private readonly Lazy<AnalyticsSettings> _settings = new(() => AnalyticsSettingsFile.Load(Path.Combine(library.BankRoot, AnalyticsSettingsFile.FileName)));

    /// <summary>The settings.</summary>
    public AnalyticsSettings Settings => _settings.Value;
}
