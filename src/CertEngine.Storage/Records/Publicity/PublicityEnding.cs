namespace CertEngine.Storage.Records.Publicity;

/// <summary>How many candidates' certificates wait for 公示 periods that end on one day.</summary>
/// <param name="EndsOn">The periods' last day, inclusive: the certificates may be issued from the day after.</param>
/// <param name="Candidates">Candidates listed as passed in those notices who hold no certificate of the track yet.</param>
public sealed record PublicityEnding(DateOnly EndsOn, int Candidates);
