namespace CertEngine.Browser.Tests.Infrastructure;

/// <summary>
/// A test that drives Chromium. Outside CI a machine without Debian's Chromium skips it; under <c>CI=true</c> it always
/// runs, so a missing browser fails the build instead of silently skipping.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserHost.ChromiumPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium is not installed at {BrowserHost.ChromiumPath}; browser tests run under CI=true (./test.sh installs it).";
        }
    }
}
