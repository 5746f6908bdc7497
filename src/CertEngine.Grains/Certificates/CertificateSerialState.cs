namespace CertEngine.Grains.Certificates;

/// <summary>The last serial handed out for one number prefix.</summary>
[GenerateSerializer, Alias("certengine.CertificateSerialState")]
public sealed class CertificateSerialState
{
    /// <summary>The last serial handed out; 0 before the first.</summary>
    [Id(0)] public int Last { get; set; }
}
