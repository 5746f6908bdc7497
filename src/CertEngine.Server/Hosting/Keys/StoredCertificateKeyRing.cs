using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Hosting.Options;
using CertEngine.Storage;
using CertEngine.Storage.Keys;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.Keys;

/// <summary>
/// The certificate signing keys as every server of one store sees them: they live in the store's key table (the SQLite
/// file of an embedded server, the PostgreSQL database of a cluster), and each server keeps a copy that it reads when
/// the silo starts, again every <see cref="KeyRingOptions.RefreshInterval"/>, and at once when a token names a key id
/// it does not know (a key another server has just begun to sign with).
/// </summary>
/// <remarks>
/// At the first start of a store the ring imports the PEM files of the data folder's old <c>keys/</c> (so the
/// certificates they signed keep verifying) and, when the table is still empty, stores one fresh key; both happen in
/// one transaction that silos starting together serialise on. Private keys stay in the process and the store:
/// <see cref="PublicKeys"/> holds public-only keys.
/// </remarks>
public sealed class StoredCertificateKeyRing : ICertificateKeyRing, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    /// <summary>After the storage schema gate (which migrates or checks the tables), before any grain runs.</summary>
    internal const int Stage = ServiceLifecycleStage.RuntimeInitialize - 50;

    private readonly SigningKeyTable _table;
    private readonly string _dataDirectory;
    private readonly KeyRingOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<StoredCertificateKeyRing> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (ECDsa Private, ECDsa Public)> _loaded = new(StringComparer.Ordinal);
    private readonly PublishedKeys _published;
    private Snapshot? _current;
    private ITimer? _timer;
    private long _lastUnknownKeyRefresh;
    private int _refreshing;

    /// <summary>Creates the ring; it loads when the silo reaches <see cref="Stage"/>.</summary>
    /// <param name="storage">The store holding the key table.</param>
    /// <param name="dataDirectory">The data folder whose old <c>keys/</c> files are imported once.</param>
    /// <param name="options">Refresh timing.</param>
    /// <param name="clock">Time for new keys and for the refresh timer.</param>
    /// <param name="logger">Key ids and refresh failures; never key material.</param>
    public StoredCertificateKeyRing(
        StorageSettings storage, string dataDirectory, IOptions<KeyRingOptions> options, TimeProvider clock, ILogger<StoredCertificateKeyRing> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        _table = new SigningKeyTable(storage);
        _dataDirectory = dataDirectory;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _published = new PublishedKeys(this);
        _lastUnknownKeyRefresh = clock.GetTimestamp();
    }

    /// <inheritdoc />
    public string CurrentKeyId => Loaded.CurrentKeyId;

    /// <inheritdoc />
    public ECDsa CurrentKey => Loaded.CurrentKey;

    /// <inheritdoc />
    /// <remarks>Looking up an unknown key id reads the table again (at most once per <see cref="KeyRingOptions.UnknownKeyRefreshSpacing"/>).</remarks>
    public IReadOnlyDictionary<string, ECDsa> PublicKeys => _published;

    /// <inheritdoc />
    public (string KeyId, ECDsa Key) Current
    {
        get
        {
            // One snapshot, so a refresh between two reads cannot pair one key's id with another key.
            var loaded = Loaded;
            return (loaded.CurrentKeyId, loaded.CurrentKey);
        }
    }

    private Snapshot Loaded => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The certificate signing keys are read when the silo starts; nothing may sign or verify before.");

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StoredCertificateKeyRing), Stage, LoadAsync, _ => StopAsync());

    /// <summary>Reads the table again now; what the periodic refresh does.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default) =>
        Apply(await _table.ReadAsync(cancellationToken));

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            foreach (var (key, publicKey) in _loaded.Values)
            {
                key.Dispose();
                publicKey.Dispose();
            }

            _loaded.Clear();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var imports = LegacyKeyFolder.Read(_dataDirectory);
        var setup = await _table.EnsureAsync(imports, CertificateKeys.Generate(_clock), cancellationToken);
        if (setup.Imported > 0)
        {
            _logger.KeysImported(setup.Imported, Path.Combine(_dataDirectory, "keys"));
        }

        if (setup.GeneratedFirstKey)
        {
            _logger.FirstKeyGenerated(setup.Keys[0].KeyId);
        }

        Apply(setup.Keys);
        _timer = _clock.CreateTimer(_ => _ = RefreshInBackgroundAsync(), null, _options.RefreshInterval, _options.RefreshInterval);
    }

    private Task StopAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    private async Task RefreshInBackgroundAsync()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }

        try
        {
            await RefreshAsync();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The loaded keys stay valid (rows are never removed); the next tick tries again.
            _logger.RefreshFailed(_current?.PublicKeys.Count ?? 0, error);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private bool TryRefreshForUnknownKey()
    {
        var last = Interlocked.Read(ref _lastUnknownKeyRefresh);
        if (_clock.GetElapsedTime(last) < _options.UnknownKeyRefreshSpacing
            || Interlocked.CompareExchange(ref _lastUnknownKeyRefresh, _clock.GetTimestamp(), last) != last)
        {
            return false;
        }

        try
        {
            // A verification asks synchronously (a dictionary lookup); the read is one small query.
            Apply(_table.Read());
            return true;
        }
        catch (System.Data.Common.DbException error)
        {
            _logger.RefreshFailed(_current?.PublicKeys.Count ?? 0, error);
            return false;
        }
    }

    private void Apply(IReadOnlyList<StoredSigningKey> keys)
    {
        var signing = StoredSigningKey.SigningKeyOf(keys)
            ?? throw new InvalidOperationException("The certificate signing key table is empty; it is filled when the silo starts.");
        Snapshot next;
        lock (_gate)
        {
            foreach (var stored in keys.Where(stored => !_loaded.ContainsKey(stored.KeyId)))
            {
                _loaded[stored.KeyId] = Open(stored);
            }

            next = new Snapshot(
                signing.KeyId,
                _loaded[signing.KeyId].Private,
                keys.ToDictionary(stored => stored.KeyId, stored => _loaded[stored.KeyId].Public, StringComparer.Ordinal));
        }

        var previous = Interlocked.Exchange(ref _current, next);
        if (previous is null || previous.CurrentKeyId != next.CurrentKeyId || previous.PublicKeys.Count != next.PublicKeys.Count)
        {
            _logger.SigningKey(next.CurrentKeyId, next.PublicKeys.Count);
        }
    }

    private static (ECDsa Private, ECDsa Public) Open(StoredSigningKey stored)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(stored.PrivateKeyPem);
        if (CertificateKeys.KeyIdOf(key) != stored.KeyId)
        {
            key.Dispose();
            throw new InvalidOperationException($"The stored signing key {stored.KeyId} does not match its key id; the key table was altered.");
        }

        var publicKey = ECDsa.Create();
        publicKey.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return (key, publicKey);
    }

    private sealed record Snapshot(string CurrentKeyId, ECDsa CurrentKey, IReadOnlyDictionary<string, ECDsa> PublicKeys);

    // The verifier looks keys up by kid: a miss may be a key another server already signs with, so it reads again.
    private sealed class PublishedKeys(StoredCertificateKeyRing ring) : IReadOnlyDictionary<string, ECDsa>
    {
        private IReadOnlyDictionary<string, ECDsa> Loaded => ring.Loaded.PublicKeys;

        public IEnumerable<string> Keys => Loaded.Keys;

        public IEnumerable<ECDsa> Values => Loaded.Values;

        public int Count => Loaded.Count;

        public ECDsa this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No published key {key}.");

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out ECDsa value) =>
            Loaded.TryGetValue(key, out value) || (ring.TryRefreshForUnknownKey() && Loaded.TryGetValue(key, out value));

        public IEnumerator<KeyValuePair<string, ECDsa>> GetEnumerator() => Loaded.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
