using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests;

/// <summary><c>EnsureAtLeastAsync</c>: a batch job's pre-flight check, from a fresh snapshot or the API.</summary>
public sealed class BalanceMonitorGuardTests
{
    [Fact]
    public async Task EnsureAtLeastAsync_Enough_Passes()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));

        // Exactly the balance left is enough.
        Assert.Null(await Record.ExceptionAsync(() => host.Monitor.EnsureAtLeastAsync(5_000)));
    }

    [Fact]
    public async Task EnsureAtLeastAsync_TooFew_ThrowsWithRequiredAndAvailable()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));

        var error = await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => host.Monitor.EnsureAtLeastAsync(8_000));

        Assert.Equal(8_000m, error.Required);
        Assert.Equal(5_000m, error.Available);
        Assert.Equal("ToAPIs balance: 8000 credits required, 5000 available. Recharge the account or raise the key's quota before starting.", error.Message);
    }

    [Theory]
    [InlineData(59)]
    [InlineData(60)] // exactly GuardMaxAge (a minute) old is still fresh
    public async Task EnsureAtLeastAsync_FreshSnapshot_NoApiCall(int age)
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        host.Gateway.Serve(Bodies.Credits(1));
        host.Time.Advance(TimeSpan.FromSeconds(age));

        await host.Monitor.EnsureAtLeastAsync(4_000);

        Assert.Equal(1, host.Gateway.CountRequests(Gateway.UserPath));
    }

    [Fact]
    public async Task EnsureAtLeastAsync_SnapshotOlderThanGuardMaxAge_ReadsTheApi()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.GuardMaxAge = TimeSpan.FromSeconds(30));
        host.Gateway.Serve(Bodies.Credits(1_000));
        host.Time.Advance(TimeSpan.FromSeconds(31));

        var error = await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => host.Monitor.EnsureAtLeastAsync(4_000));

        Assert.Equal(1_000m, error.Available);
        Assert.Equal(2, host.Gateway.CountRequests(Gateway.UserPath));
    }

    [Fact]
    public async Task EnsureAtLeastAsync_GuardMaxAgeZero_ReadsTheApiEvenForASnapshotOfThisInstant()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.GuardMaxAge = TimeSpan.Zero);
        host.Gateway.Serve(Bodies.Credits(1_000));

        var error = await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => host.Monitor.EnsureAtLeastAsync(4_000));

        Assert.Equal(1_000m, error.Available);
        Assert.Equal(2, host.Gateway.CountRequests(Gateway.UserPath));
    }

    [Fact]
    public async Task EnsureAtLeastUsdAsync_TooLittle_ThrowsInUsd()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));

        var error = await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => host.Monitor.EnsureAtLeastUsdAsync(30));

        Assert.Equal(30m, error.Required);
        Assert.Equal(25m, error.Available);
        Assert.StartsWith("ToAPIs balance: 30 US dollars required, 25 available.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureAtLeastAsync_Unlimited_Passes()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Unlimited));

        Assert.Null(await Record.ExceptionAsync(() => host.Monitor.EnsureAtLeastAsync(1_000_000_000)));
    }

    [Fact]
    public async Task EnsureAtLeastAsync_CreditsNotReported_CannotTell()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Monitor.EnsureAtLeastAsync(1));

        Assert.Equal("ToAPIs balance: the server does not report its credits, so the check for 1 credits cannot be made.", error.Message);
    }

    [Fact]
    public async Task EnsureAtLeastAsync_NamedClient_ChecksThatClient()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), clientName: "team-a");

        var error = await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => host.Monitor.EnsureAtLeastAsync("team-a", 6_000, CancellationToken.None));

        Assert.StartsWith("ToAPIs balance of client 'team-a': 6000 credits required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureAtLeastAsync_Negative_Throws()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Monitor.EnsureAtLeastAsync(-1));
    }

    [Fact]
    public async Task EnsureAtLeastAsync_ApiFails_ThrowsTheClientsError()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.GuardMaxAge = TimeSpan.Zero);
        host.Gateway.Fail(401, Bodies.AuthenticationError);
        host.Time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => host.Monitor.EnsureAtLeastAsync(1));
    }
}
