using CertEngine.Contracts.Certificates;
using CertEngine.Grains.Views;

namespace CertEngine.Grains.Certificates;

/// <summary>
/// The issued certificates active on this silo, each as its grain would answer <see cref="ICertificateGrain.GetAsync"/>:
/// the verification endpoint reads a certificate's live status here and calls the grain only when it is not active on
/// this silo. A suspension or revocation shows the moment its call returns, as with the call.
/// </summary>
public sealed class CertificateView : LocalView<CertificateSnapshot>;
