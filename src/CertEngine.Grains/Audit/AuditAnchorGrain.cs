using CertEngine.Contracts;
using CertEngine.Storage.Records;
using Microsoft.Extensions.Options;

namespace CertEngine.Grains.Audit;

/// <summary>The audit log's anchor writer; see <see cref="IAuditAnchorGrain"/>. Stateless: the anchors are the table.</summary>
public sealed class AuditAnchorGrain(IAuditLog log, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditAnchorGrain> logger)
    : Grain, IAuditAnchorGrain, IRemindable
{
    /// <summary>The reminder's name.</summary>
    public const string Reminder = "audit-anchor";

    /// <inheritdoc />
    public async Task StartAsync()
    {
        var period = TimeSpan.FromMinutes(options.Value.AnchorMinutes);
        await this.RegisterOrUpdateReminder(Reminder, period, period);
    }

    /// <inheritdoc />
    public async Task<string?> AnchorNowAsync()
    {
        var hash = await log.AnchorAsync(clock.GetUtcNow(), options.Value.MaxHeadsPerAnchor);
        if (hash is not null)
        {
            // Copied to the operator's log, the anchor hashes are a witness outside the database: a rewrite of the whole
            // log with recomputed hashes would no longer match them.
            logger.AnchorWritten(hash);
        }

        return hash;
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == Reminder ? AnchorNowAsync() : Task.CompletedTask;
}
