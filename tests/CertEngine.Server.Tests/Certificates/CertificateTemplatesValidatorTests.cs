using CertEngine.Documents;

namespace CertEngine.Server.Tests.Certificates;

/// <summary>The server refuses to start on a templates folder that does not load (CertificateTemplatesValidator).</summary>
public sealed class CertificateTemplatesValidatorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-templates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Server_WithABrokenTemplate_RefusesToStartNamingFileLineAndColumn()
    {
        CopyShipped();
        var file = Path.Combine(_directory, "skill-level-certificate.sbn-html");
        File.WriteAllText(file, "<html>\n{{ for x in }}\n</html>");
        using var server = new CertificateWorld.CertificateServer(Path.Combine(_directory, "data"), new Dictionary<string, string>
        {
            ["CertEngine:TemplatesRoot"] = _directory,
        });

        var exception = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        Assert.Contains("模板错误 (template error): " + file + ":2:", exception.GetBaseException().Message + exception.Message);
    }

    private void CopyShipped()
    {
        foreach (var file in Directory.GetFiles(CertificateTemplateOptions.Resolve("templates")))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }
}
