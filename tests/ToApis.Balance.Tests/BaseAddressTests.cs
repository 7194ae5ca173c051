using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

public sealed class BaseAddressTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/v1")]
    [InlineData("/v1/")]
    public async Task GetBalances_BaseAddressWithOrWithoutV1_RequestsV1PathsOnce(string suffix)
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        server.Respond(TestServer.UserPath, 200, Bodies.Full);
        using var client = server.CreateClient(o => o.BaseAddress = new Uri(server.Server.Url + suffix));

        await client.GetTokenBalanceAsync();
        await client.GetUserBalanceAsync();

        Assert.Equal<string>([TestServer.TokenPath, TestServer.UserPath], Paths(server));
    }

    [Theory]
    [InlineData("/proxy")]
    [InlineData("/proxy/")]
    [InlineData("/proxy/v1")]
    public async Task GetBalances_BaseAddressWithPathPrefix_KeepsPrefix(string suffix)
    {
        using var server = new TestServer();
        server.Respond("/proxy" + TestServer.TokenPath, 200, Bodies.Full);
        server.Respond("/proxy" + TestServer.UserPath, 200, Bodies.Full);
        using var client = server.CreateClient(o => o.BaseAddress = new Uri(server.Server.Url + suffix));

        await client.GetTokenBalanceAsync();
        await client.GetUserBalanceAsync();

        Assert.Equal<string>(["/proxy" + TestServer.TokenPath, "/proxy" + TestServer.UserPath], Paths(server));
    }

    private static string[] Paths(TestServer server) =>
        [.. server.Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).Select(e => e.RequestMessage!.Path!)];
}
