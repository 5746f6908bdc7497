namespace CertEngine.Storage.Records.Publicity;

/// <summary>The states an objection's row takes, as stored.</summary>
public static class PublicityObjectionStatus
{
    /// <summary>Lodged, not answered yet.</summary>
    public const string Open = "open";

    /// <summary>Answered by a manager; still holds the certificate back until closed.</summary>
    public const string Answered = "answered";

    /// <summary>Closed: no longer holds the certificate back.</summary>
    public const string Closed = "closed";
}
