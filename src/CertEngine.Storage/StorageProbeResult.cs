namespace CertEngine.Storage;

/// <summary>What one <see cref="StorageProbe.ProbeAsync"/> found.</summary>
public abstract record StorageProbeResult
{
    private StorageProbeResult()
    {
    }

    /// <summary>The store answered.</summary>
    public sealed record Up : StorageProbeResult
    {
        private Up()
        {
        }

        /// <summary>The one value of this case.</summary>
        public static Up Instance { get; } = new();
    }

    /// <summary>The store did not answer.</summary>
    /// <param name="Reason">The database driver's message (no connection string, so no password).</param>
    public sealed record Down(string Reason) : StorageProbeResult;
}
