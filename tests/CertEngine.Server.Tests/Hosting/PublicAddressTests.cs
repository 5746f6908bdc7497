using CertEngine.Server.Hosting;

namespace CertEngine.Server.Tests.Hosting;

/// <summary>Where certificates point when <c>--public-base-url</c> is not set, and when a set one deserves a warning.</summary>
public sealed class PublicAddressTests
{
    [Theory]
    [InlineData(null, null, "http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5091", null, "http://127.0.0.1:5091")]
    [InlineData("http://localhost:5091", null, "http://localhost:5091")]
    [InlineData("http://127.0.0.1:5091;http://192.168.1.20:5091", null, "http://192.168.1.20:5091")]
    [InlineData("http://0.0.0.0:5091", "192.168.1.20", "http://192.168.1.20:5091")]
    [InlineData("http://*:5091", "192.168.1.20", "http://192.168.1.20:5091")]
    [InlineData("http://+:5091", null, "http://127.0.0.1:5091")]
    [InlineData("https://exam.example.cn", null, "https://exam.example.cn")]
    public void FromListening_FollowsTheAddressTheServerListensOn(string? urls, string? machine, string expected) =>
        Assert.Equal(expected, PublicAddress.FromListening(urls, machine));

    [Theory]
    // Not set: always said.
    [InlineData(null, "http://127.0.0.1:5091", PublicAddress.Concern.Unset)]
    [InlineData("", "http://0.0.0.0:5080", PublicAddress.Concern.Unset)]
    // The walk-through's case: the default port while the server listens on another.
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5091", PublicAddress.Concern.NotListening)]
    [InlineData("http://192.168.1.20:5080", "http://192.168.1.20:5091", PublicAddress.Concern.NotListening)]
    [InlineData("https://127.0.0.1:5091", "http://127.0.0.1:5091", PublicAddress.Concern.NotListening)]
    // Loopback while phones could reach the server.
    [InlineData("http://127.0.0.1:5091", "http://0.0.0.0:5091", PublicAddress.Concern.Loopback)]
    [InlineData("http://localhost:5091", "http://192.168.1.20:5091", PublicAddress.Concern.Loopback)]
    // Fine: the server's own address, a proxy's https host, a LAN name the server cannot judge.
    [InlineData("http://127.0.0.1:5091", "http://127.0.0.1:5091", PublicAddress.Concern.None)]
    [InlineData("http://localhost:5080", "http://127.0.0.1:5080", PublicAddress.Concern.None)]
    [InlineData("http://192.168.1.20:5091", "http://0.0.0.0:5091", PublicAddress.Concern.None)]
    [InlineData("https://cert.example.cn", "http://127.0.0.1:5080", PublicAddress.Concern.None)]
    [InlineData("https://cert.example.cn/", "http://0.0.0.0:5080", PublicAddress.Concern.None)]
    [InlineData("http://exam-pc:5091", "http://0.0.0.0:5091", PublicAddress.Concern.None)]
    public void Check_WarnsOnlyWhereTheQrCannotOpen(string? configured, string listening, PublicAddress.Concern expected) =>
        Assert.Equal(expected, PublicAddress.Check(configured, listening.Split(';')));
}
