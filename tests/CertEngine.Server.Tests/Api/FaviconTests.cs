namespace CertEngine.Server.Tests.Api;

/// <summary>Browsers ask every server for <c>/favicon.ico</c>: it answers with the server's own icon, linked from the pages.</summary>
[Collection(ApiCollection.Name)]
public sealed class FaviconTests(ApiHost host)
{
    [Fact]
    public async Task Favicon_IsAnIconServedFromTheProgram_AndEveryPageLinksIt()
    {
        var client = host.NewClient();

        var icon = await client.GetAsync("/favicon.ico");
        var bytes = await icon.Content.ReadAsByteArrayAsync();
        var signIn = await client.GetStringAsync("/sign-in");
        var home = await client.GetStringAsync("/");

        Assert.True(icon.IsSuccessStatusCode, icon.StatusCode.ToString());
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // ICONDIR: reserved 0, type 1 (icon)
        Assert.True(BitConverter.ToUInt16(bytes, 4) >= 1, "the icon holds at least one image");
        Assert.True(bytes.Length < 16 * 1024, $"{bytes.Length} bytes: a favicon stays small");
        Assert.Equal("nosniff", string.Join(",", icon.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", signIn, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", home, StringComparison.Ordinal);
    }
}
