using CertEngine.Contracts;
using CertEngine.Domain.Audit;
using CertEngine.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests.Audit;

/// <summary>
/// A subject's audit trail commits appends in groups: calls arriving while a write is under way are stored together in
/// the next transaction, in the order they came, each caller answered once its records are stored; a write that fails
/// fails its callers, and the next write chains on what the table holds.
/// </summary>
public sealed class AuditTrailGrainTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private readonly GatedAuditLog _log = new();
    private readonly AppendArrivals _arrivals = new();
    private InProcessTestCluster? _cluster;

    private IClusterClient Client => _cluster!.Client;

    [Fact]
    public async Task Append_FiftyCallsWhileOneIsWritten_StoredInOneMoreTransactionInTheirOrder()
    {
        // Fifty hand-ins of one sitting arrive while the first record is being written, two records each.
        var trail = await HandInsBehindAHeldWriteAsync("session/GROUP-1", 50);

        var stored = await trail.GetAsync();
        var arrived = _arrivals.Order("session/GROUP-1");
        Assert.Equal(101, stored.Count);
        Assert.Equal("first", stored[0].Details);
        for (var call = 1; call <= 50; call++)
        {
            // Each call's records stay together and in its order; calls in the order they reached the grain.
            Assert.Equal(("attempt.deadline", arrived[call]), (stored[2 * call - 1].Action, stored[2 * call - 1].Details));
            Assert.Equal(("attempt.graded", arrived[call]), (stored[2 * call].Action, stored[2 * call].Details));
        }

        Assert.Equal([1, 100], _log.Batches("session/GROUP-1"));
        Assert.Null((await _log.VerifyAsync()).Problem);
    }

    [Fact]
    public async Task Append_MoreWaitingThanOneBatchHolds_SplitsThemIntoBatchesOfWholeCalls()
    {
        var trail = await HandInsBehindAHeldWriteAsync("session/GROUP-2", 150);

        Assert.Equal([1, IAuditLog.MaxBatch, 300 - IAuditLog.MaxBatch], _log.Batches("session/GROUP-2"));
        Assert.Equal(301, (await trail.GetAsync()).Count);
        Assert.Null((await _log.VerifyAsync()).Problem);
    }

    [Fact]
    public async Task Append_AWriteFails_FailsItsCallersStoresNothingOfThemAndTheNextChainsOnTheTable()
    {
        var trail = Client.GetGrain<IAuditTrailGrain>("session/FAIL-1");
        await trail.AppendAsync([Record("session.started", "first")]);

        _log.FailNext();
        await Assert.ThrowsAnyAsync<Exception>(() => trail.AppendAsync([Record("attempt.deadline", "lost with the database")]));
        await trail.AppendAsync([Record("session.closed", "after")]);

        var stored = await trail.GetAsync();
        Assert.Equal(["first", "after"], stored.Select(r => r.Details));
        Assert.Null((await _log.VerifyAsync()).Problem);
    }

    [Fact]
    public async Task AppendOnce_WithAppendsGoingOn_StoresTheActionOnce()
    {
        var trail = Client.GetGrain<IAuditTrailGrain>("certificate/ONCE-1");
        var appends = Enumerable.Range(1, 20).Select(i => trail.AppendAsync([Record("certificate.viewed", $"view {i}")]));
        var onces = Enumerable.Range(1, 5).Select(i => trail.AppendOnceAsync(Record("certificate.issued", $"issue {i}")));

        await Task.WhenAll(appends);
        var first = await Task.WhenAll(onces);

        var stored = await trail.GetAsync();
        Assert.Single(stored, r => r.Action == "certificate.issued");
        Assert.All(first, r => Assert.Equal(stored.Single(s => s.Action == "certificate.issued").Details, r.Details));
        Assert.Equal(21, stored.Count);
    }

    public async Task InitializeAsync()
    {
        var clock = new FakeTimeProvider(At);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            var records = TestSilo.Configure(silo, clock, Path.Combine(ExamClusterFixture.RepositoryRoot(), "question-banks"));
            _log.Inner = new SqlAuditLog(records);
            silo.Services.Replace(ServiceDescriptor.Singleton<IAuditLog>(_log));
            silo.AddIncomingGrainCallFilter(_arrivals);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    // The trail's first record is written and held there; meanwhile `calls` appends of two records each (seat 1, 2, …)
    // reach the grain; then the write goes on and every call is awaited.
    private async Task<IAuditTrailGrain> HandInsBehindAHeldWriteAsync(string subject, int calls)
    {
        var trail = Client.GetGrain<IAuditTrailGrain>(subject);
        var held = _log.HoldNext();
        var first = trail.AppendAsync([Record("session.started", "first")]);
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var appends = Enumerable.Range(1, calls).Select(seat => trail.AppendAsync(
            [Record("attempt.deadline", $"seat {seat}"), Record("attempt.graded", $"seat {seat}")])).ToList();
        await _arrivals.WaitForAsync(subject, calls + 1);
        held.Release();
        await first;
        await Task.WhenAll(appends);
        return trail;
    }

    private static AuditRecord Record(string action, string details) => new(At, "system", action, "", "", details);

    /// <summary>Notes the appends that reached each trail, in their order, once each has been queued by the grain.</summary>
    private sealed class AppendArrivals : IIncomingGrainCallFilter
    {
        private readonly Dictionary<string, List<string>> _order = [];
        private readonly Lock _gate = new();
        private (string Subject, int Count, TaskCompletionSource Reached)? _waiter;

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            var invoked = context.Invoke();
            if (context.InterfaceMethod?.Name == nameof(IAuditTrailGrain.AppendAsync))
            {
                lock (_gate)
                {
                    var key = context.TargetId.Key.ToString()!;
                    var order = _order.TryGetValue(key, out var known) ? known : _order[key] = [];
                    order.Add(context.Request.GetArgument(0) is IReadOnlyList<AuditRecord> { Count: > 0 } records ? records[0].Details : "");
                    if (_waiter is { } w && w.Subject == key && order.Count >= w.Count)
                    {
                        w.Reached.TrySetResult();
                    }
                }
            }

            await invoked;
        }

        public Task WaitForAsync(string subject, int count)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _waiter = (subject, count, reached);
                if (_order.GetValueOrDefault(subject)?.Count >= count)
                {
                    reached.TrySetResult();
                }
            }

            return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        /// <summary>The first record's details of each append to <paramref name="subject"/>, in the order they reached it.</summary>
        public List<string> Order(string subject)
        {
            lock (_gate)
            {
                return [.. _order.GetValueOrDefault(subject) ?? []];
            }
        }
    }

    /// <summary>The real audit log, whose next batch can be held until the test lets it go, or fail once.</summary>
    private sealed class GatedAuditLog : IAuditLog
    {
        private readonly Lock _gate = new();
        private readonly List<(string Subject, int Count)> _batches = [];
        private Hold? _hold;
        private bool _fail;

        public IAuditLog Inner { get; set; } = null!;

        public Hold HoldNext()
        {
            lock (_gate)
            {
                return _hold = new Hold();
            }
        }

        public void FailNext()
        {
            lock (_gate)
            {
                _fail = true;
            }
        }

        public List<int> Batches(string subject)
        {
            lock (_gate)
            {
                return _batches.Where(b => b.Subject == subject).Select(b => b.Count).ToList();
            }
        }

        public async Task AppendManyAsync(IReadOnlyList<ChainedLink> links, CancellationToken cancellationToken = default)
        {
            Hold? hold;
            lock (_gate)
            {
                (hold, _hold) = (_hold, null);
                if (_fail)
                {
                    _fail = false;
                    throw new InvalidOperationException("the database went away (a test)");
                }

                _batches.Add((links[0].Link.Subject, links.Count));
            }

            if (hold is not null)
            {
                hold.Started.TrySetResult();
                await hold.Released.Task;
            }

            await Inner.AppendManyAsync(links, cancellationToken);
        }

        public Task<AuditHead?> ReadHeadAsync(string subject, CancellationToken cancellationToken = default) => Inner.ReadHeadAsync(subject, cancellationToken);

        public Task<bool> AppendAsync(AuditLink link, string previousHash, string hash, CancellationToken cancellationToken = default) =>
            Inner.AppendAsync(link, previousHash, hash, cancellationToken);

        public Task<AuditRow?> FindFirstAsync(string subject, string action, CancellationToken cancellationToken = default) =>
            Inner.FindFirstAsync(subject, action, cancellationToken);

        public Task<IReadOnlyList<AuditRow>> ReadSubjectAsync(string subject, int limit, CancellationToken cancellationToken = default) =>
            Inner.ReadSubjectAsync(subject, limit, cancellationToken);

        public Task<(IReadOnlyList<AuditRow> Rows, long Total)> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
            Inner.QueryAsync(query, cancellationToken);

        public Task<string?> AnchorAsync(DateTimeOffset at, int maxHeads, CancellationToken cancellationToken = default) =>
            Inner.AnchorAsync(at, maxHeads, cancellationToken);

        public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) => Inner.VerifyAsync(cancellationToken);
    }

    private sealed class Hold
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => Released.TrySetResult();
    }
}
