using System.CommandLine;

namespace CertEngine.Server.Cli;

/// <summary>
/// The program's verbs (<c>bank validate</c>, <c>bank diff</c> …). Without a verb the program runs the server.
/// Output goes to the writers given, so tests read exactly what an operator sees.
/// </summary>
public static class CertEngineCommandLine
{
    private static readonly string[] Verbs = ["bank", "demo", "migrate", "verify", "certificates", "keys", "audit"];

    /// <summary>True when the arguments start with a verb rather than server options.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>Runs a verb and returns the process exit code: 0 success, 1 a problem was found, 2 bad usage.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("CertEngine · 太行家政 技能评价考试引擎 (skill assessment and certification engine)");
        root.Subcommands.Add(BankCommands.Create(output, error, clock));
        root.Subcommands.Add(DemoCommand.Create(output, error, clock));
        root.Subcommands.Add(MigrateCommand.Create(output, error));
        root.Subcommands.Add(VerifyCommand.Create(output, error));
        root.Subcommands.Add(CertificatesCommand.Create(output, error));
        root.Subcommands.Add(KeysCommand.Create(output, error, clock));
        root.Subcommands.Add(AuditCommand.Create(output, error));
        var parsed = root.Parse(args);
        return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
