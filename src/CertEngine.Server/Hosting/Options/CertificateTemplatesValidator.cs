using CertEngine.Documents;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.Options;

/// <summary>
/// Refuses to start the server when a template does not parse or render: each problem names the template file, line
/// and column (ValidateOnStart runs this before the server listens).
/// </summary>
internal sealed class CertificateTemplatesValidator : IValidateOptions<CertificateTemplateOptions>
{
    public ValidateOptionsResult Validate(string? name, CertificateTemplateOptions options) =>
        CertificateRenderer.Load(CertificateTemplateOptions.Resolve(options.TemplatesRoot)) is TemplateLoad.Failed failed
            ? ValidateOptionsResult.Fail(failed.Problems.Select(p => "模板错误 (template error): " + p))
            : ValidateOptionsResult.Success;
}
