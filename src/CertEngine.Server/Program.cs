using CertEngine.Server;
using CertEngine.Server.Cli;

if (CertEngineCommandLine.IsVerb(args))
{
    return await CertEngineCommandLine.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
}

var builder = WebApplication.CreateBuilder(CertEngineHost.NormalizeArguments(args));
builder.AddCertEngine();
var app = builder.Build();
app.MapCertEngine();
await app.RunAsync();
return 0;
public partial class Program;
