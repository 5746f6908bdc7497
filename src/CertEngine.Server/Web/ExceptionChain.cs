namespace CertEngine.Server.Web;

/// <summary>An exception and those it wraps (inner exceptions, and every one of an <see cref="AggregateException"/>).</summary>
internal static class ExceptionChain
{
    /// <summary>How many exceptions a chain is read to: a wrapped chain is never deeper, and a hostile one is bounded.</summary>
    public const int MaxLinks = 32;

    /// <summary><paramref name="exception"/> first, then what it wraps, depth first, at most <see cref="MaxLinks"/>.</summary>
    public static IEnumerable<Exception> Of(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        for (var read = 0; read < MaxLinks && pending.TryPop(out var current); read++)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
