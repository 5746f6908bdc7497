namespace CertEngine.Storage;

/// <summary>
/// Where a silo keeps grain state and reminders: one SQLite file for a single exam centre, or a PostgreSQL
/// database shared by every silo of a cluster.
/// </summary>
public abstract record StorageSettings
{
    private StorageSettings()
    {
    }

    /// <summary>The SQL dialect these settings use.</summary>
    public abstract StorageDialect Dialect { get; }

    /// <summary>
    /// Embedded mode: a SQLite file named <see cref="FileName"/> inside <see cref="DataDirectory"/>, created with
    /// the directory on first use. Clustering stays with the host (one localhost silo).
    /// </summary>
    public sealed record Embedded : StorageSettings
    {
        /// <summary>File name of the database inside the data directory.</summary>
        public const string FileName = "certengine.db";

        /// <summary>Creates embedded settings.</summary>
        /// <param name="dataDirectory">Directory holding the database file; relative paths are resolved against the current directory.</param>
        /// <exception cref="ArgumentException"><paramref name="dataDirectory"/> is empty or white space.</exception>
        public Embedded(string dataDirectory)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
            DataDirectory = Path.GetFullPath(dataDirectory);
        }

        /// <summary>Absolute path of the data directory.</summary>
        public string DataDirectory { get; }

        /// <summary>Absolute path of the SQLite database file.</summary>
        public string DatabasePath => Path.Combine(DataDirectory, FileName);

        /// <inheritdoc/>
        public override StorageDialect Dialect => StorageDialect.Sqlite;
    }

    /// <summary>Cluster mode: grain state, reminders and membership in one PostgreSQL database (Npgsql).</summary>
    public sealed record Postgres : StorageSettings
    {
        /// <summary>
        /// The connect timeout, in seconds, used when the connection string sets none. Npgsql's own default is 15 s:
        /// with an unreachable database every request would hang that long before failing.
        /// </summary>
        public const int DefaultConnectTimeoutSeconds = 3;

        /// <summary>
        /// The most connections one silo opens when the connection string sets no <c>Maximum Pool Size</c>: the sum of
        /// <see cref="DefaultGrainStoragePoolSize"/> and <see cref="DefaultOtherPoolSize"/> (a silo has two pools, because
        /// the grain-state provider multiplexes and nothing else may). Npgsql's own default is 100 per pool, and
        /// PostgreSQL's default <c>max_connections</c> is also 100: two silos under load would be refused ("too many
        /// clients"). Three silos × 30 leave room for <c>migrate</c>, probes and an operator.
        /// </summary>
        public const int DefaultMaxPoolSize = DefaultGrainStoragePoolSize + DefaultOtherPoolSize;

        /// <summary>The pool size of the grain-state provider's multiplexed connections by default.</summary>
        public const int DefaultGrainStoragePoolSize = 20;

        /// <summary>The pool size of every other user's connections (reminders, membership, keys, probes) by default.</summary>
        public const int DefaultOtherPoolSize = 10;

        /// <summary>
        /// How many statements Npgsql prepares automatically per connection when the connection string says nothing
        /// (<c>Max Auto Prepare</c>; Npgsql's own default is 0, off). Orleans' providers send the same dozen statements
        /// as plain text again and again; prepared, PostgreSQL skips parsing and planning them, which halves its CPU per
        /// answer save (docs/performance.md).
        /// </summary>
        public const int DefaultMaxAutoPrepare = 64;

        /// <summary>
        /// How long a grain-state statement may take, in seconds, when the connection string sets no <c>Command
        /// Timeout</c> (Npgsql's own default is 30 s). A multiplexed connection that times out one statement is broken,
        /// and every statement queued behind it on that connection fails with it: at the deadline of 20,000 attempts
        /// that was about 18,000 hand-ins whose first write failed and waited a minute for the backstop reminder
        /// (docs/performance.md, issue 18). A backlog that drains in 40 s is no outage; a dead database is found by the
        /// store probe, not by this timeout.
        /// </summary>
        public const int DefaultGrainStorageCommandTimeoutSeconds = 120;

        /// <summary>Creates PostgreSQL settings.</summary>
        /// <param name="connectionString">
        /// An Npgsql connection string. Without a <c>Timeout</c> (connect timeout) it gets
        /// <see cref="DefaultConnectTimeoutSeconds"/>, without a <c>Maximum Pool Size</c>
        /// <see cref="DefaultOtherPoolSize"/> (<see cref="DefaultGrainStoragePoolSize"/> for
        /// <see cref="GrainStorageConnectionString"/>; an explicit size applies to each of the two pools), without a
        /// <c>Max Auto Prepare</c> <see cref="DefaultMaxAutoPrepare"/>;
        /// <c>Multiplexing</c> applies to <see cref="GrainStorageConnectionString"/> only (on unless set false), and so
        /// does <see cref="DefaultGrainStorageCommandTimeoutSeconds"/> without a <c>Command Timeout</c>; every other key
        /// is kept as given.
        /// </param>
        /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or white space.</exception>
        public Postgres(string connectionString)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
            ConnectionString = WithDefaults(connectionString);
            GrainStorageConnectionString = Multiplexed(connectionString, ConnectionString);
        }

        /// <summary>
        /// The Npgsql connection string, with the connect-timeout default applied. May hold a password: never log it
        /// (<see cref="ToString"/> leaves it out).
        /// </summary>
        public string ConnectionString { get; }

        /// <summary>
        /// The connection string of the grain-state provider, the hot path (every answer save is one write): the same as
        /// <see cref="ConnectionString"/> but with Npgsql's <c>Multiplexing</c> on unless the operator's string says
        /// otherwise (<see cref="ConnectionString"/> never multiplexes). Many concurrent grain writes then share a few connections and go out together, so PostgreSQL and
        /// the server each wake and read and write the socket once for several statements instead of once per statement
        /// (docs/performance.md). Every other user of the database (migrations, the schema check, the key tables, which
        /// ASP.NET Core Data Protection reads synchronously, and multiplexing cannot) keeps <see cref="ConnectionString"/>.
        /// </summary>
        public string GrainStorageConnectionString { get; }

        /// <inheritdoc/>
        public override StorageDialect Dialect => StorageDialect.Postgres;

        /// <summary>Names host, port and database only, so the settings can be logged without the password.</summary>
        public override string ToString()
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            return $"Postgres {{ Host = {builder.Host}, Port = {builder.Port}, Database = {builder.Database} }}";
        }

        private static string WithDefaults(string connectionString)
        {
            var written = WrittenKeys(connectionString);
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            if (!written.ContainsKey("Timeout"))
            {
                builder.Timeout = DefaultConnectTimeoutSeconds;
            }

            if (!written.ContainsKey("Maximum Pool Size"))
            {
                builder.MaxPoolSize = DefaultOtherPoolSize;
            }

            if (!written.ContainsKey("Max Auto Prepare"))
            {
                builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
            }

            // Multiplexing is for the grain-state provider only (GrainStorageConnectionString): the key tables are read
            // synchronously, which a multiplexing connection refuses.
            builder.Multiplexing = false;
            return builder.ConnectionString;
        }

        // The keys the operator wrote, under Npgsql's canonical names ("MaxPoolSize" and "Maximum Pool Size" are one key):
        // Npgsql's builder reports its own defaults for missing keys, which could not be told apart from an explicit value.
        private static System.Data.Common.DbConnectionStringBuilder WrittenKeys(string connectionString) =>
            new() { ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).ConnectionString };

        private static string Multiplexed(string written, string withDefaults)
        {
            var asWritten = new Npgsql.NpgsqlConnectionStringBuilder(written);
            var keys = WrittenKeys(written);
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(withDefaults) { Multiplexing = !keys.ContainsKey("Multiplexing") || asWritten.Multiplexing };
            if (!keys.ContainsKey("Maximum Pool Size"))
            {
                builder.MaxPoolSize = DefaultGrainStoragePoolSize;
            }

            if (!keys.ContainsKey("Command Timeout"))
            {
                builder.CommandTimeout = DefaultGrainStorageCommandTimeoutSeconds;
            }

            return builder.ConnectionString;
        }
    }
}
