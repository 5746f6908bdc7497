using System.Diagnostics.Metrics;

namespace CertEngine.Storage;

/// <summary>
/// The database as an exam day's operators watch it (on the <c>CertEngine</c> meter, like the grains' and the web's
/// instruments): failures to reach it, and the record store's fact transactions.
/// </summary>
public static class StorageMetrics
{
    /// <summary>The meter's name: the same <c>CertEngine</c> meter as CertEngine.Grains.Telemetry.CertEngineMeter's.</summary>
    public const string MeterName = "CertEngine";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "certengine.storage.errors", "{error}", "Database failures by where they were met (request: answered 503; outbox: facts kept for a retry)");

    private static readonly Counter<long> FactsStored = Meter.CreateCounter<long>(
        "certengine.records.facts_written", "{fact}", "Facts the fact writer handed to the record store in committed transactions");

    private static readonly Histogram<int> BatchSizes = Meter.CreateHistogram<int>(
        "certengine.records.batch_size", "{fact}", "Facts per record-store transaction of the fact writer",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200] });

    /// <summary>Counts a failure met by <paramref name="where"/> (<c>request</c>, <c>outbox</c>).</summary>
    public static void Error(string where) => Errors.Add(1, new KeyValuePair<string, object?>("where", where));

    /// <summary>Counts one committed transaction of <paramref name="facts"/> facts.</summary>
    public static void Written(int facts)
    {
        FactsStored.Add(facts);
        BatchSizes.Record(facts);
    }
}
