using ToApis.Balance.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ToApis.Balance.Tests;

public abstract class RedirectTests(ConstructionPath construction)
{
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task GetTokenBalanceAsync_RedirectToAnotherOrigin_ThrowsAndSendsNothingThere(int status)
    {
        using var serverA = new TestServer(construction);
        using var serverB = new TestServer(construction);
        serverB.Respond(TestServer.TokenPath, 200, Bodies.Full);
        Redirect(serverA, TestServer.TokenPath, status, serverB.Server.Url + TestServer.TokenPath);
        using var client = serverA.CreateClient();

        var exception = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("to " + serverB.Server.Url + ";", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the API key is never sent to another host", exception.Message, StringComparison.Ordinal);
        Assert.Equal(status, exception.StatusCode);
        Assert.Empty(serverB.Server.LogEntries);
        Assert.Equal(1, serverA.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RedirectToLocationWithUserInfo_MessageOmitsUserInfo()
    {
        using var serverA = new TestServer(construction);
        using var serverB = new TestServer(construction);
        var target = new UriBuilder(serverB.Server.Url!) { UserName = "user", Password = "hunter2", Path = TestServer.TokenPath }.Uri;
        Redirect(serverA, TestServer.TokenPath, 302, target.AbsoluteUri);
        using var client = serverA.CreateClient();

        var exception = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
        Assert.Contains("to " + serverB.Server.Url + ";", exception.Message, StringComparison.Ordinal);
        Assert.Empty(serverB.Server.LogEntries);
    }

    [Theory]
    [InlineData(302, "/other")]
    [InlineData(307, "/other")]
    [InlineData(301, "other-relative")]
    public async Task GetTokenBalanceAsync_SameOriginRedirect_FollowedWithKey(int status, string location)
    {
        using var server = new TestServer(construction);
        var targetPath = location.StartsWith('/') ? location : "/v1/" + location;
        Redirect(server, TestServer.TokenPath, status, location);
        server.Respond(targetPath, 200, Bodies.Full);
        using var client = server.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        var followed = Assert.Single(server.Server.LogEntries, e => e.RequestMessage!.Path == targetPath);
        var authorization = followed.RequestMessage!.Headers!
            .Single(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal("Bearer " + TestServer.ApiKey, Assert.Single(authorization));
    }

    [Fact]
    public async Task GetUserBalanceAsync_SameOriginRedirectToAnotherPath_StillTheAccountsBalance()
    {
        using var server = new TestServer(construction);
        Redirect(server, TestServer.UserPath, 302, "/api/account-quota");
        server.Respond("/api/account-quota", 200, Bodies.Full);
        using var client = server.CreateClient();

        var balance = await client.GetUserBalanceAsync();

        Assert.IsType<UserBalance>(balance);
        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_AbsoluteRedirectToSameOrigin_Followed()
    {
        using var server = new TestServer(construction);
        Redirect(server, TestServer.TokenPath, 302, server.Server.Url + "/other");
        server.Respond("/other", 200, Bodies.Full);
        using var client = server.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(1, server.CountRequests("/other"));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_EndlessSameOriginRedirects_StopsAfterFiveHops()
    {
        using var server = new TestServer(construction);
        Redirect(server, TestServer.TokenPath, 302, "/loop");
        Redirect(server, "/loop", 302, "/loop");
        using var client = server.CreateClient();

        var exception = await Assert.ThrowsAnyAsync<ToApisException>(() => client.GetTokenBalanceAsync().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(302, exception.StatusCode);
        Assert.Contains("redirected more than 5 times", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
        Assert.Equal(5, server.CountRequests("/loop"));
    }

    private static void Redirect(TestServer server, string path, int status, string location) =>
        server.Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", location));
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class RedirectTestsWithConstructor() : RedirectTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class RedirectTestsWithDependencyInjection() : RedirectTests(ConstructionPath.DependencyInjection);
