using CertEngine.Server.Cli;
using CertEngine.Server.Hosting;

if (CertEngineCommandLine.IsVerb(args))
{
    return await CertEngineCommandLine.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
}

if (CertEngineCommandLine.IsHelp(args))
{
    return await CertEngineCommandLine.HelpAsync(Console.Out, Console.Error, TimeProvider.System);
}

// appsettings.json travels with the program: found wherever the server is started from. Paths the user types
// (--data, question-banks …) stay relative to the working folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = CertEngineHost.NormalizeArguments(args),
    ContentRootPath = AppContext.BaseDirectory,
});
if ((StartupPorts.Busy(builder.Configuration) ?? StartupPorts.DataFolderInUse(builder.Configuration)) is { } busy)
{
    await Console.Error.WriteLineAsync(busy);
    return StartupPorts.PortInUseExitCode;
}

builder.AddCertEngine();
var app = builder.Build();
app.MapCertEngine();
await app.RunAsync();
return 0;
public partial class Program;
