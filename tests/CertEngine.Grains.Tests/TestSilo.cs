using System.Security.Cryptography;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests;

/// <summary>
/// The in-process silo every grain test fixture runs: memory storage and reminders, a fake clock for grain time (the
/// silo's own background loops stay on real time), the given banks root with the shipped track data, a test issuer and
/// a throwaway signing key.
/// </summary>
internal static class TestSilo
{
    /// <summary>Configures <paramref name="silo"/>; returns where its record store (a real SQLite file) lives.</summary>
    public static StorageSettings Configure(ISiloBuilder silo, FakeTimeProvider clock, string bankRoot)
    {
        var root = ExamClusterFixture.RepositoryRoot();
        silo.AddMemoryGrainStorage(StorageNames.Exams);
        // The record store is a real SQLite file per silo: facts and audit chains are tables, never mocked.
        var records = new StorageSettings.Embedded(Path.Combine(Path.GetTempPath(), "certengine-grains-" + Guid.NewGuid().ToString("N")[..10]));
        silo.AddCertEngineRecordStore(records);
        silo.UseInMemoryReminderService();
        silo.Services.AddSingleton(clock);
        silo.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        silo.Services.Configure<ExamLibraryOptions>(o =>
        {
            o.BankRoot = bankRoot;
            o.TracksRoot = CertEngine.TestSupport.TracksWithoutPublicity.Root;
        });
        silo.Services.Configure<CertificateAuthorityOptions>(o =>
        {
            o.Name = "太行家政职业技能评价中心（测试）";
            o.Category = "S";
            o.BodyCode = "0000";
            o.Province = "14";
            o.Station = "040001";
            o.ProvinceTable = Path.Combine(root, "certificates", "provinces.yaml");
            o.PublicBaseUrl = "https://cert.test";
        });
        silo.Services.AddSingleton<ICertificateKeyRing>(new EphemeralKeyRing());
        silo.Services.AddCertEngineGrainServices();
        return records;
    }

    private sealed class EphemeralKeyRing : ICertificateKeyRing
    {
        public EphemeralKeyRing()
        {
            CurrentKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            PublicKeys = new Dictionary<string, ECDsa> { [CurrentKeyId] = CurrentKey };
        }

        public string CurrentKeyId => "test-key-1";

        public ECDsa CurrentKey { get; }

        public IReadOnlyDictionary<string, ECDsa> PublicKeys { get; }
    }
}
