namespace CertEngine.Server.Hosting.Memory;

/// <summary>Registers the quiet server's heap compaction.</summary>
public static class QuietCompactionExtensions
{
    /// <summary>Adds <see cref="QuietCompactionService"/> with its options (section <c>CertEngine:Memory</c>).</summary>
    public static IServiceCollection AddQuietCompaction(this IServiceCollection services)
    {
        services.AddOptions<QuietCompactionOptions>()
            .BindConfiguration(QuietCompactionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IManagedHeap, RuntimeManagedHeap>();
        services.AddHostedService<QuietCompactionService>();
        return services;
    }
}
