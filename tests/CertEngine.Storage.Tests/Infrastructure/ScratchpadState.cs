namespace CertEngine.Storage.Tests.Infrastructure;

[GenerateSerializer, Alias("certengine.tests.ScratchpadState")]
public sealed class ScratchpadState
{
    [Id(0)] public string? Text { get; set; }
}
