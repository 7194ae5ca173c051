using System.Net;
using System.Net.Http.Headers;

namespace ToApis.Balance.Sandbox.Tests;

public sealed class ToApisSandboxTests
{
    [Fact]
    public async Task StartAsync_Always_ListensOnLoopback()
    {
        await using var sandbox = await ToApisSandbox.StartAsync();

        Assert.True(sandbox.BaseAddress.IsLoopback);
        Assert.Equal("http", sandbox.BaseAddress.Scheme);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_AgainstSandbox_ReturnsDocumentedUnlimitedExample()
    {
        await using var sandbox = await ToApisSandbox.StartAsync();
        using var client = CreateClient(sandbox);

        var balance = await client.GetTokenBalanceAsync();

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.Remaining);
        Assert.Equal(25.5m, balance.Used);
        Assert.Equal(5100m, balance.UsedCredits);
    }

    [Fact]
    public async Task GetUserBalanceAsync_AgainstSandbox_ReturnsDocumentedLimitedExample()
    {
        await using var sandbox = await ToApisSandbox.StartAsync();
        using var client = CreateClient(sandbox);

        var balance = await client.GetUserBalanceAsync();

        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(Quota.Limited(20000m), balance.RemainingCredits);
        Assert.Equal(Quota.Limited(100m), balance.RemainingUsd);
    }

    [Theory]
    [InlineData("balance", SandboxBodies.TokenBalance)]
    [InlineData("v1/balance", SandboxBodies.TokenBalance)]
    [InlineData("user/balance", SandboxBodies.UserBalance)]
    [InlineData("v1/user/balance", SandboxBodies.UserBalance)]
    public async Task Get_DocumentedPathWithKey_AnswersDocumentedBody(string path, string expectedBody)
    {
        await using var sandbox = await ToApisSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ToApisSandbox.ApiKey);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_WithoutAuthorizationHeader_Answers401WithDocumentedBody()
    {
        await using var sandbox = await ToApisSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };

        using var response = await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(SandboxBodies.NoAuthorizationHeader, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownPath_Answers404()
    {
        await using var sandbox = await ToApisSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };

        using var response = await http.GetAsync(new Uri("v1/models", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DisposeAsync_Always_StopsListening()
    {
        var sandbox = await ToApisSandbox.StartAsync();
        var address = sandbox.BaseAddress;

        await sandbox.DisposeAsync();

        using var http = new HttpClient { BaseAddress = address };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("v1/balance", UriKind.Relative)));
    }

    private static ToApisBalanceClient CreateClient(ToApisSandbox sandbox) => new(new ToApisBalanceClientOptions
    {
        ApiKey = ToApisSandbox.ApiKey,
        BaseAddress = sandbox.BaseAddress,
    });
}
