using CertEngine.Contracts.Certificates;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Certificates;

/// <summary>The stored certificate: fields, signed token, status and its whole history.</summary>
[GenerateSerializer, Alias("certengine.CertificateState")]
public sealed class CertificateState
{
    /// <summary>The fields, or <see langword="null"/> before issue.</summary>
    [Id(0)] public CertificateFields? Fields { get; set; }

    /// <summary>The JWS the QR carries.</summary>
    [Id(1)] public string Token { get; set; } = "";

    /// <summary>The current status: valid, suspended, revoked or reissued.</summary>
    [Id(2)] public string Status { get; set; } = "";

    /// <summary>Every status change, oldest first; never shortened.</summary>
    [Id(3)] public List<CertificateEvent> History { get; set; } = [];

    /// <summary>The number that replaced this one, after a reissue.</summary>
    [Id(4)] public string? ReplacedBy { get; set; }

    /// <summary>
    /// How many entries of <see cref="History"/> (and, from 1, the issue itself) have been handed to the outbox: a
    /// certificate issued before the record store existed has 0 and is handed over whole on its first activation.
    /// </summary>
    [Id(5)] public int HistoryHandedOver { get; set; }

    /// <summary>The outbox of certificate facts (<see cref="Records.FactOutbox"/>).</summary>
    [Id(6)] public List<RecordFact> UnrecordedFacts { get; set; } = [];
}
