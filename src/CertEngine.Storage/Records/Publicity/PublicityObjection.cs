namespace CertEngine.Storage.Records.Publicity;

/// <summary>An objection (异议) to a line of a 公示, at its latest state.</summary>
/// <param name="ObjectionId">Its id.</param>
/// <param name="PublicityId">The 公示.</param>
/// <param name="IdNumber">The candidate's ID number (the line objected to).</param>
/// <param name="Ticket">The admission ticket number given.</param>
/// <param name="Text">What the candidate wrote.</param>
/// <param name="LodgedAt">When it was lodged.</param>
/// <param name="Status"><c>open</c>, <c>answered</c> (still holding the certificate back) or <c>closed</c>.</param>
/// <param name="Answer">The manager's answer, or empty.</param>
/// <param name="AnsweredBy">Who answered, or empty.</param>
/// <param name="AnsweredAt">When, or null.</param>
/// <param name="ClosedBy">Who closed it, or empty.</param>
/// <param name="ClosedAt">When, or null.</param>
public sealed record PublicityObjection(string ObjectionId, string PublicityId, string IdNumber, string Ticket, string Text, DateTimeOffset LodgedAt,
    string Status, string Answer, string AnsweredBy, DateTimeOffset? AnsweredAt, string ClosedBy, DateTimeOffset? ClosedAt)
{
    /// <summary>Whether it still holds the candidate's certificate back (open or answered, not closed).</summary>
    public bool Holds => Status != PublicityObjectionStatus.Closed;
}
