using CertEngine.Storage.Migrations;

namespace CertEngine.Storage;

/// <summary>
/// What <see cref="StorageMigrator.CheckAsync"/> found: the database schema compared with the migrations this
/// build ships.
/// </summary>
public abstract record SchemaCheck
{
    private SchemaCheck()
    {
    }

    /// <summary>Whether a silo of this build may start on the database.</summary>
    public abstract bool AllowsStart { get; }

    /// <summary>Every shipped migration has run, and nothing else.</summary>
    /// <param name="Version">The schema version, equal to the newest shipped migration.</param>
    public sealed record Current(int Version) : SchemaCheck
    {
        /// <inheritdoc/>
        public override bool AllowsStart => true;
    }

    /// <summary>Some shipped migrations have not run: the server must not start until <c>migrate</c> applies them.</summary>
    /// <param name="Version">The highest version applied, 0 for an empty database.</param>
    /// <param name="Missing">The migrations still to run, in order; never empty.</param>
    public sealed record Outdated(int Version, IReadOnlyList<StorageMigration> Missing) : SchemaCheck
    {
        /// <inheritdoc/>
        public override bool AllowsStart => false;

        /// <summary>The missing migrations' names, comma separated, for messages.</summary>
        public string MissingNames => string.Join(", ", Missing.Select(migration => migration.Name));
    }

    /// <summary>
    /// Every shipped migration has run, and a newer build has applied more. Migrations only add, so an older silo
    /// may keep serving during a rolling upgrade.
    /// </summary>
    /// <param name="Version">The highest version applied.</param>
    /// <param name="UnknownVersions">Applied versions this build does not ship, ascending.</param>
    public sealed record Ahead(int Version, IReadOnlyList<int> UnknownVersions) : SchemaCheck
    {
        /// <inheritdoc/>
        public override bool AllowsStart => true;
    }
}
