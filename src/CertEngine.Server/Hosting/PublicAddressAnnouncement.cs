using CertEngine.Grains.Certificates;
using CertEngine.Server.Hosting.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting;

/// <summary>
/// Once the server listens, one warning line when the address certificates' QR codes open is not set or cannot be right
/// (<see cref="PublicAddress.Check"/>): what certificates will point to, and how to set the public one.
/// </summary>
public sealed partial class PublicAddressAnnouncement(
    IOptions<CertEngineOptions> server, IOptions<CertificateAuthorityOptions> issuer, IServer web, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<PublicAddressAnnouncement> log) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After the server listens: Kestrel then knows the addresses it really serves.
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var listening = web.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() is { Count: > 0 } reported
            ? reported
            : (configuration["urls"] ?? CertEngineHost.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var configured = server.Value.PublicBaseUrl is { Length: > 0 } set ? set : configuration[$"{CertificateAuthorityOptions.Section}:PublicBaseUrl"];
        var verify = issuer.Value.PublicBaseUrl.TrimEnd('/') + "/v";
        switch (PublicAddress.Check(configured, listening))
        {
            case PublicAddress.Concern.Unset:
                Unset(log, verify);
                break;
            case PublicAddress.Concern.Loopback:
                Loopback(log, verify, string.Join(", ", listening));
                break;
            case PublicAddress.Concern.NotListening:
                NotListening(log, verify, string.Join(", ", listening));
                break;
        }
    }

    [LoggerMessage(EventId = 7341, Level = LogLevel.Warning, Message =
        "未设置 --public-base-url：证书的二维码和“本证书核验”将指向 {Verify}（本服务器的监听地址）。请用 --public-base-url 设置考生和用人单位能打开的公开地址，如 https://cert.example.cn；已发的证书重新打印即带新地址 " +
        "(--public-base-url is not set: certificates' QR codes and verify line point to {Verify}, where this server listens; set the public address with --public-base-url, e.g. https://cert.example.cn; certificates printed again carry it)")]
    private static partial void Unset(ILogger logger, string verify);

    [LoggerMessage(EventId = 7342, Level = LogLevel.Warning, Message =
        "--public-base-url 是本机回环地址：证书的二维码和“本证书核验”指向 {Verify}，别的手机和电脑打不开，而本服务器监听 {Listening}。请设置公开地址 " +
        "(--public-base-url is a loopback address: certificates' QR codes point to {Verify}, which no other phone or computer can open, while this server listens on {Listening}; set the public address)")]
    private static partial void Loopback(ILogger logger, string verify, string listening);

    [LoggerMessage(EventId = 7343, Level = LogLevel.Warning, Message =
        "--public-base-url 指向本服务器，但端口或协议与监听地址 {Listening} 不符：证书的二维码和“本证书核验”指向 {Verify}，扫码将打不开 " +
        "(--public-base-url names this server with a port or scheme it does not listen on ({Listening}): certificates' QR codes point to {Verify} and will not open)")]
    private static partial void NotListening(ILogger logger, string verify, string listening);
}
