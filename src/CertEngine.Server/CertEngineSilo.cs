using CertEngine.Grains;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Server.Certificates;
using CertEngine.Server.Options;

namespace CertEngine.Server;

/// <summary>How the silo is put together, for the web host and the command-line verbs alike.</summary>
public static class CertEngineSilo
{
    /// <summary>
    /// Storage, reminders, the grains' services and the signing keys. Until the storage issue lands, grain state and
    /// reminders are kept in memory.
    /// </summary>
    public static ISiloBuilder AddCertEngineGrains(this ISiloBuilder silo, CertEngineOptions options, IConfiguration configuration)
    {
        silo.AddMemoryGrainStorage(StorageNames.Exams);
        silo.UseInMemoryReminderService();
        silo.Services.Configure<ExamLibraryOptions>(o =>
        {
            o.BankRoot = options.BankRoot;
            o.TracksRoot = options.TracksRoot;
        });
        silo.Services.AddOptions<CertificateAuthorityOptions>().Bind(configuration.GetSection(CertificateAuthorityOptions.Section)).Configure(o =>
        {
            o.ProvinceTable = Path.Combine(options.CertificatesRoot, "provinces.yaml");
            if (!string.IsNullOrEmpty(options.PublicBaseUrl))
            {
                o.PublicBaseUrl = options.PublicBaseUrl;
            }
        });
        silo.Services.AddSingleton<ICertificateKeyRing>(sp => new FileCertificateKeyRing(options.DataDirectory, TimeProvider.System));
        silo.Services.AddCertEngineGrainServices();
        return silo;
    }
}
