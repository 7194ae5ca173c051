using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>Redirects over raw connections: followed with the key within the origin, refused across it, bounded in number.</summary>
public sealed class RedirectFaultTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_RedirectLoopOnSameOrigin_ThrowsAfterFiveHops()
    {
        using var server = new ScriptedServer(FaultScripts.Redirect(302, TestServer.TokenPath));

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        Assert.Equal(302, exception.StatusCode);
        Assert.Equal(
            $"ToAPIs at http://127.0.0.1:{server.Port} redirected more than 5 times (last HTTP 302); check ToApisBalanceClientOptions.BaseAddress.",
            exception.Message);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RedirectOnSameHost_FollowedWithAuthorization()
    {
        var redirect = FaultScripts.Redirect(307, "/v1/moved");
        var answer = FaultScripts.Answer(Bodies.Full);
        using var server = new ScriptedServer(connection => connection.Index == 0 ? redirect(connection) : answer(connection));

        var balance = await FaultCall.SucceedsAsync(server, FaultCall.Options(server.BaseAddress));

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        var followed = server.Requests[1];
        Assert.StartsWith("GET /v1/moved HTTP/1.1\r\n", followed, StringComparison.Ordinal);
        Assert.Contains($"\r\nAuthorization: Bearer {TestServer.ApiKey}\r\n", followed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RedirectFromIpToLocalhost_RefusedAndOtherHostNeverContacted()
    {
        using var other = new ScriptedServer(FaultScripts.Answer(Bodies.Full));
        using var server = new ScriptedServer(FaultScripts.Redirect(302, $"http://localhost:{other.Port}{TestServer.TokenPath}"));

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        Assert.Equal(302, exception.StatusCode);
        Assert.StartsWith(
            $"ToAPIs at http://127.0.0.1:{server.Port} redirected (HTTP 302) to http://localhost:{other.Port}; the redirect was not followed",
            exception.Message,
            StringComparison.Ordinal);
        Assert.Empty(other.Connections);
    }
}
