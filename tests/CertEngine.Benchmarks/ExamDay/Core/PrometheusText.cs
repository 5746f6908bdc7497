using System.Globalization;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>Reads figures from a page in Prometheus' text format, as a silo's <c>/metrics</c> serves it.</summary>
public static class PrometheusText
{
    /// <summary>
    /// The sum of <paramref name="metric"/>'s samples in one Prometheus page (those whose labels hold
    /// <paramref name="label"/>, when given): 0 when the page has none (a counter not yet counted), null when one does not
    /// parse. A line is <c>name{labels} value [timestamp]</c> or <c>name value [timestamp]</c>; label values may hold
    /// braces (a route's <c>{index}</c>), so the value is what follows the last closing brace.
    /// </summary>
    public static double? Sum(string page, string metric, string? label = null)
    {
        var sum = 0.0;
        foreach (var line in page.AsSpan().EnumerateLines())
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length
                || (line[metric.Length] != '{' && line[metric.Length] != ' ')
                || (label is not null && !line.Contains(label, StringComparison.Ordinal)))
            {
                continue;
            }

            var rest = line[metric.Length] == '{' ? line[(line.LastIndexOf('}') + 1)..] : line[metric.Length..];
            rest = rest.Trim();
            var space = rest.IndexOf(' ');
            if (!double.TryParse(space < 0 ? rest : rest[..space], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }
}
