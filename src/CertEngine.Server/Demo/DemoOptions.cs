namespace CertEngine.Server.Demo;

/// <summary>What the <c>demo</c> verb runs: where the store and the output go, how many candidates sit, on which track.</summary>
/// <param name="DataDirectory">The embedded store's folder (<c>--data</c>); the signing key lives under it.</param>
/// <param name="OutputDirectory">Where each certificate's HTML and QR PNG are written (<c>--out</c>).</param>
/// <param name="BankRoot">The question banks.</param>
/// <param name="TracksRoot">The track data.</param>
/// <param name="CertificatesRoot">The certificate data (province table).</param>
/// <param name="Candidates">Candidates in the sitting (default 30).</param>
/// <param name="TrackKey">The track (认定项目) the day examines, e.g. <c>4-10-01-05/5</c> or <c>专项/ZX-MYHL</c> (<c>--track</c>).</param>
public sealed record DemoOptions(string DataDirectory, string OutputDirectory, string BankRoot, string TracksRoot, string CertificatesRoot, int Candidates, string TrackKey = DemoOptions.DefaultTrack)
{
    /// <summary>The track the demo runs when none is named: 家政服务员（家务服务员）五级.</summary>
    public const string DefaultTrack = "4-10-01-06/家务服务员/5";
}
