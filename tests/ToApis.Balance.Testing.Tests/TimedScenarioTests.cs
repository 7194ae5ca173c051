using Microsoft.Extensions.Time.Testing;
using ToApis.Balance.Testing.Tests.TestSupport;

namespace ToApis.Balance.Testing.Tests;

/// <summary>The scenarios that follow the sandbox's clock, driven by a fake one: no test waits for real time.</summary>
public sealed class TimedScenarioTests
{
    public static TheoryData<SandboxMode> Modes => Sandboxes.Modes;

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Slow_BeforeItsDelay_HasNotAnswered(SandboxMode mode)
    {
        var time = new FakeTimeProvider();
        await using var sandbox = await Sandboxes.CreateAsync(mode, "slow", time);
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);
        var call = await StartCallAsync(sandbox, client);

        time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));

        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Sandboxes.Bounded(call);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Slow_AfterItsDelay_AnswersTheLimitedExample(SandboxMode mode)
    {
        var time = new FakeTimeProvider();
        await using var sandbox = await Sandboxes.CreateAsync(mode, "slow", time);
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);
        var call = await StartCallAsync(sandbox, client);

        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(Quota.Limited(100m), (await Sandboxes.Bounded(call)).Remaining);
    }

    [Fact]
    public async Task Slow_WithAConfiguredDelay_WaitsThatLong()
    {
        var time = new FakeTimeProvider();
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "slow", SlowDelay = TimeSpan.FromMinutes(2) }, time);
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);
        var call = await StartCallAsync(sandbox, client);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.False(call.IsCompleted);

        time.Advance(TimeSpan.FromMinutes(2));

        await Sandboxes.Bounded(call);
    }

    [Fact]
    public async Task Slow_WhenTheCallerCancels_EndsTheWait()
    {
        var time = new FakeTimeProvider();
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "slow" }, time);
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);
        using var cancellation = new CancellationTokenSource();
        var call = client.GetTokenBalanceAsync(cancellation.Token);
        await Sandboxes.Bounded(sandbox.WaitForRequestsAsync(1));

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sandboxes.Bounded(call));
    }

    [Theory]
    [InlineData(0, 10, 90)]
    [InlineData(30, 9, 91)]
    [InlineData(60, 8, 92)]
    [InlineData(90, 7, 93)]
    [InlineData(1, 9.97, 90.03)]
    [InlineData(300, 0, 100)]
    [InlineData(3600, 0, 100)]
    public async Task Falling_AfterSeconds_HasSpentTwoAMinuteDownToZero(int seconds, double remaining, double used)
    {
        var time = new FakeTimeProvider();
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "falling" }, time);
        using var client = sandbox.CreateClient();

        time.Advance(TimeSpan.FromSeconds(seconds));
        var balance = await client.GetUserBalanceAsync();

        Assert.Equal(Quota.Limited((decimal)remaining), balance.Remaining);
        Assert.Equal((decimal)used, balance.Used);
        Assert.Equal(Quota.Limited((decimal)remaining * 200m), balance.RemainingCredits);
        Assert.Equal(Quota.Limited((decimal)remaining), balance.RemainingUsd);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Falling_BothEndpoints_FallAlike(SandboxMode mode)
    {
        var time = new FakeTimeProvider();
        await using var sandbox = await Sandboxes.CreateAsync(mode, "falling", time);
        using var client = sandbox.CreateClient();

        time.Advance(TimeSpan.FromSeconds(45));

        Assert.Equal(Quota.Limited(8.5m), (await client.GetTokenBalanceAsync()).Remaining);
        Assert.Equal(Quota.Limited(8.5m), (await client.GetUserBalanceAsync()).Remaining);
    }

    [Fact]
    public async Task Falling_WithConfiguredStartAndSpend_FollowsThem()
    {
        var time = new FakeTimeProvider();
        var options = new ToApisSandboxOptions { Scenario = "falling", FallingStartBalance = 50m, FallingSpendPerMinute = 12m };
        await using var sandbox = new ToApisSandbox(options, time);
        using var client = sandbox.CreateClient();

        time.Advance(TimeSpan.FromSeconds(10));
        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(48m), balance.Remaining);
    }

    [Fact]
    public async Task Falling_SwitchedToLater_StartsFallingFromTheSwitch()
    {
        var time = new FakeTimeProvider();
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions(), time);
        using var client = sandbox.CreateClient();
        time.Advance(TimeSpan.FromMinutes(10));

        sandbox.Scenario = ToApisSandboxScenario.Falling;
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(Quota.Limited(8m), (await client.GetTokenBalanceAsync()).Remaining);
    }

    [Fact]
    public async Task Requests_ReceivedAt_IsTheSandboxClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions(), time);
        using var client = sandbox.CreateClient();

        await client.GetTokenBalanceAsync();

        Assert.Equal(time.GetUtcNow(), Assert.Single(sandbox.Requests).ReceivedAt);
    }

    /// <summary>Starts a call and returns once the sandbox holds it, its timer running.</summary>
    private static async Task<Task<UserBalance>> StartCallAsync(ToApisSandbox sandbox, ToApisBalanceClient client)
    {
        var call = client.GetUserBalanceAsync();
        await Sandboxes.Bounded(sandbox.WaitForRequestsAsync(1));
        return call;
    }
}
