namespace CertEngine.Server.Demo;

/// <summary>What the <c>demo</c> verb runs: where the store and the output go, how many candidates sit.</summary>
/// <param name="DataDirectory">The embedded store's folder (<c>--data</c>); the signing key lives under it.</param>
/// <param name="OutputDirectory">Where each certificate's HTML and QR PNG are written (<c>--out</c>).</param>
/// <param name="BankRoot">The question banks.</param>
/// <param name="TracksRoot">The track data.</param>
/// <param name="CertificatesRoot">The certificate data (province table).</param>
/// <param name="Candidates">Candidates in the sitting (default 30).</param>
public sealed record DemoOptions(string DataDirectory, string OutputDirectory, string BankRoot, string TracksRoot, string CertificatesRoot, int Candidates);
