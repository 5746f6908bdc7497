namespace CertEngine.Storage.Records.Batches;

/// <summary>Why a batch did not take a sitting's roster in (nothing was written).</summary>
public abstract record BatchConflict
{
    private BatchConflict()
    {
    }

    /// <summary>No batch has the id.</summary>
    public sealed record NoSuchBatch : BatchConflict;

    /// <summary>The sitting is in another batch already.</summary>
    /// <param name="BatchId">That batch.</param>
    public sealed record SittingElsewhere(string BatchId) : BatchConflict;

    /// <summary>The candidate holds another ticket number in the batch.</summary>
    /// <param name="IdNumber">The candidate.</param>
    /// <param name="Held">The number they hold.</param>
    public sealed record CandidateHoldsAnother(string IdNumber, string Held) : BatchConflict;

    /// <summary>The ticket number belongs to another candidate of the batch.</summary>
    /// <param name="Ticket">The number.</param>
    public sealed record TicketTaken(string Ticket) : BatchConflict;
}
