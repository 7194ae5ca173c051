using System.Net;
using ToApis.Balance.Testing.Tests.TestSupport;

namespace ToApis.Balance.Testing.Tests;

/// <summary>Every scenario as the real client reads it, in both modes.</summary>
public sealed class ScenarioTests
{
    public static TheoryData<SandboxMode> Modes => Sandboxes.Modes;

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Limited_BothEndpoints_ReadTheDocumentedLimitedExample(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "limited");
        using var client = sandbox.CreateClient(o => o.BalanceUnit = BalanceUnit.Usd);

        var token = await client.GetTokenBalanceAsync();
        var user = await client.GetUserBalanceAsync();

        var expected = ToApisModelFactory.TokenBalance(remaining: 100m, used: 25.5m, unlimited: false, remainingCredits: 20000m, usedCredits: 5100m, fetchedAt: token.FetchedAt);
        Assert.Equal(expected, token);
        Assert.Equal(Quota.Limited(100m), user.RemainingUsd);
        Assert.Equal(5100m, user.UsedCredits);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Unlimited_BothEndpoints_ReadUnlimited(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "unlimited");
        using var client = sandbox.CreateClient();

        Assert.True((await client.GetTokenBalanceAsync()).IsUnlimited);
        Assert.True((await client.GetUserBalanceAsync()).IsUnlimited);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Low_UserBalance_IsNearlySpent(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "low");
        using var client = sandbox.CreateClient();

        var balance = await client.GetUserBalanceAsync();

        Assert.Equal(Quota.Limited(2.5m), balance.Remaining);
        Assert.Equal(Quota.Limited(500m), balance.RemainingCredits);
        Assert.Equal(Quota.Limited(2.5m), balance.RemainingUsd);
        Assert.Equal(97.5m, balance.Used);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Overdrawn_TokenBalance_IsNegativeAndLimited(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "overdrawn");
        using var client = sandbox.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(-2.5m), balance.Remaining);
        Assert.Equal(Quota.Limited(-2.5m), balance.RemainingUsd);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task NoCredits_TokenBalance_ReportsNoCreditsAndNoUsd(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "no-credits");
        using var client = sandbox.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(10.5m), balance.Remaining);
        Assert.Equal(Quota.NotReported, balance.RemainingCredits);
        Assert.Equal(Quota.NotReported, balance.RemainingUsd);
        Assert.Null(balance.CreditsPerUsd);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task KeyNotFound_TokenBalance_ThrowsAuthenticationExceptionWithTheDocumentedMessage(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "key-not-found");
        using var client = sandbox.CreateClient();

        var error = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("Failed to get token info: record not found", error.ServerMessage);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task KeyNotFound_UserBalance_ThrowsAuthenticationException(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "key-not-found");
        using var client = sandbox.CreateClient();

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetUserBalanceAsync());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task UserNotFound_UserBalance_ThrowsAuthenticationExceptionWithTheDocumentedMessage(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "user-not-found");
        using var client = sandbox.CreateClient();

        var error = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetUserBalanceAsync());

        Assert.Equal("Failed to get user quota", error.ServerMessage);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task UserNotFound_TokenBalance_ReadsTheLimitedExample(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "user-not-found");
        using var client = sandbox.CreateClient();

        Assert.Equal(Quota.Limited(100m), (await client.GetTokenBalanceAsync()).Remaining);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Unauthorized_WithTheSandboxKey_ThrowsAuthenticationException(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "unauthorized");
        using var client = sandbox.CreateClient();

        var error = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetUserBalanceAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("authentication_error", error.ErrorType);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task RateLimited_WithDefaultClientOptions_ThrowsRateLimitExceptionWithTheWait(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "rate-limited");
        using var client = sandbox.CreateClient();

        var error = await Assert.ThrowsAsync<ToApisRateLimitException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("rate_limit_error", error.ErrorType);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task RateLimited_WithAFractionalRetryAfter_SendsWholeSecondsRoundedUp(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, new ToApisSandboxOptions { Scenario = "rate-limited", RetryAfter = TimeSpan.FromSeconds(44.2) });
        using var http = Sandboxes.Http(sandbox, mode, ToApisSandbox.ApiKey);

        using var response = await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(45), response.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Flaky_WithRetries_SucceedsOnTheSecondRequest(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "flaky");
        using var client = sandbox.CreateClient(o => o.RetryBaseDelay = TimeSpan.Zero);

        var balance = await client.GetUserBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(2, sandbox.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Flaky_WithoutRetries_ThrowsServerException503(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "flaky");
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);

        var error = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(503, error.StatusCode);
    }

    [Fact]
    public async Task Flaky_EachEndpoint_FailsItsOwnFirstRequest()
    {
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "flaky" });
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);

        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());
        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetUserBalanceAsync());
    }

    [Fact]
    public async Task Flaky_AfterAFailure_TheNextRequestSucceeds()
    {
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "flaky" });
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);
        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Html502_WithoutRetries_ThrowsServerException502(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "html-502");
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);

        var error = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetUserBalanceAsync());

        Assert.Equal(502, error.StatusCode);
        Assert.Contains("502 Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Html502_Get_AnswersAnHtmlPage(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode, "html-502");
        using var http = Sandboxes.Http(sandbox, mode, ToApisSandbox.ApiKey);

        using var response = await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
