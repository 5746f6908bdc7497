using System.CommandLine;
using CertEngine.Server.Certificates;

namespace CertEngine.Server.Cli;

/// <summary>The <c>keys rotate</c> verb: a new certificate-signing key; the old ones stay published.</summary>
public static class KeysCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var data = new Option<string>("--data") { Description = "数据目录 (the data folder holding keys/)", DefaultValueFactory = _ => "data" };
        var rotate = new Command("rotate", "生成新的证书签名密钥 (add a new certificate-signing key)") { data };
        rotate.SetAction(async (result, _) =>
        {
            var kid = FileCertificateKeyRing.Rotate(result.GetValue(data)!, clock);
            if (kid is null)
            {
                await error.WriteLineAsync("error: 同一秒内已生成过密钥，请稍后再试 (a key was made this very second; try again)");
                return 1;
            }

            await output.WriteLineAsync($"新签名密钥 new signing key {kid}");
            await output.WriteLineAsync("服务器重启后用新密钥签发；旧密钥继续公布，已发证书仍可核验。(The server signs with it after a restart; old keys stay published and old certificates still verify.)");
            return 0;
        });
        return new Command("keys", "证书签名密钥 (certificate-signing keys)") { rotate };
    }
}
