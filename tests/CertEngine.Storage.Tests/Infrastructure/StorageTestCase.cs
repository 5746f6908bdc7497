using Xunit.Abstractions;
using Xunit.Sdk;

namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>An xunit test case whose skip reason is decided at discovery, not written on the attribute.</summary>
public sealed class StorageTestCase : XunitTestCase
{
    private string? _skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StorageTestCase()
    {
    }

    public StorageTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, string? skipReason)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
        _skipReason = skipReason;
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skipReason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StorageSkipReason", _skipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skipReason = data.GetValue<string?>("StorageSkipReason");
        base.Deserialize(data);
    }
}
