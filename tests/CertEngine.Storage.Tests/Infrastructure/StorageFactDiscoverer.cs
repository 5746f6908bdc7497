using Xunit.Abstractions;
using Xunit.Sdk;

namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests; see there.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        var skipReason = needsPostgres ? PostgresServer.SkipReason : null;
        yield return new StorageTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skipReason);
    }
}
