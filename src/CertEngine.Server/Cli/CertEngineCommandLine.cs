using System.CommandLine;

namespace CertEngine.Server.Cli;

/// <summary>
/// The program's verbs (<c>bank validate</c>, <c>bank diff</c> …). Without a verb the program runs the server.
/// Output goes to the writers given, so tests read exactly what an operator sees.
/// </summary>
public static class CertEngineCommandLine
{
    private static readonly string[] Verbs = ["bank", "demo", "migrate", "verify", "certificates", "keys", "audit"];

    private static readonly string[] HelpSwitches = ["--help", "-h", "-?", "/?", "help"];

    /// <summary>True when the arguments start with a verb rather than server options.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>True when the server (no verb) is asked for help: then it prints help and starts nothing.</summary>
    public static bool IsHelp(string[] args) => !IsVerb(args) && args.Any(a => HelpSwitches.Contains(a, StringComparer.OrdinalIgnoreCase));

    /// <summary>Prints how to start the server and the verbs, and returns 0; nothing is started or written to disk.</summary>
    public static async Task<int> HelpAsync(TextWriter output, TextWriter error, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(
            $"""
            CertEngine 服务器 (server)

            用法 (usage):
              CertEngine.Server [选项 options]        启动服务器 (start the server)
              CertEngine.Server <命令 verb> …         运行一个命令，不启动服务器 (run a verb; no server)

            服务器选项 (server options):
              --data <文件夹 folder>          数据文件夹 (data folder; default: data)
              --urls <地址 url>               网页地址 (web address; default: {Hosting.CertEngineHost.DefaultUrl})
              --silo-port <端口 port>         Orleans 集群端口 (silo port; default: 11111)
              --gateway-port <端口 port>      Orleans 网关端口 (gateway port; default: 30000)
              --public-base-url <地址 url>    证书二维码中的查询地址 (address in certificates' QR codes)
              --banks, --tracks, --templates <文件夹 folder>  题库、认定项目、证书模板 (banks, tracks, templates)
              --postgres <连接字符串>         使用 PostgreSQL 而不是 SQLite (use PostgreSQL instead of SQLite)
              --key-certificate <文件 .pfx>   用此证书加密存储的 Data Protection 密钥；密码放在环境变量
                                              CertEngine__KeyCertificatePassword (encrypts the stored Data Protection keys)

            首次启动时日志会给出一次性初始化链接，用于创建第一个管理员。
            (On the first start the log shows a one-time link to create the first Admin.)

            """);
        return await RunAsync(["--help"], output, error, clock);
    }

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
