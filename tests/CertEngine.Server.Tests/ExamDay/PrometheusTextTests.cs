using CertEngine.Benchmarks.ExamDay.Core;

namespace CertEngine.Server.Tests.ExamDay;

/// <summary>The exam-day driver reads the server's figures from <c>/metrics</c> with <see cref="PrometheusText"/>.</summary>
public sealed class PrometheusTextTests
{
    private const string Page = """
        # TYPE dotnet_gc_collections_total counter
        dotnet_gc_collections_total{otel_scope_name="System.Runtime",gc_heap_generation="gen0"} 870 1796651664000
        dotnet_gc_collections_total{otel_scope_name="System.Runtime",gc_heap_generation="gen1"} 16 1796651664000
        dotnet_gc_collections_total{otel_scope_name="System.Runtime",gc_heap_generation="gen2"} 3 1796651664000
        dotnet_gc_collections_total_extra 99
        http_server_request_duration_seconds_count{http_request_method="PUT",http_route="/api/attempt/answers/{index}"} 245682
        http_server_request_duration_seconds_count{http_request_method="GET",http_route="/api/attempt/status"} 303377
        certengine_attempts_active 20000
        """;

    [Fact]
    public void Sum_AddsEverySampleOfTheMetric_AndNoOtherMetricThatSharesItsPrefix() =>
        Assert.Equal(889, PrometheusText.Sum(Page, "dotnet_gc_collections_total"));

    [Fact]
    public void Sum_WithALabel_AddsOnlyTheSamplesThatCarryIt() =>
        Assert.Equal(3, PrometheusText.Sum(Page, "dotnet_gc_collections_total", "gc_heap_generation=\"gen2\""));

    [Fact]
    public void Sum_ReadsTheValueAfterLabelsThatHoldBraces_AndLinesWithoutLabels()
    {
        Assert.Equal(245682, PrometheusText.Sum(Page, "http_server_request_duration_seconds_count", "answers/{index}"));
        Assert.Equal(20000, PrometheusText.Sum(Page, "certengine_attempts_active"));
    }

    [Fact]
    public void Sum_IsZeroForAMetricNotYetCounted_AndNullWhenAValueDoesNotParse()
    {
        Assert.Equal(0, PrometheusText.Sum(Page, "orleans_catalog_activation_destroyed_total"));
        Assert.Null(PrometheusText.Sum("certengine_attempts_active many\n", "certengine_attempts_active"));
    }
}
