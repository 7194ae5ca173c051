using ToApis.Balance.Testing.Tests.TestSupport;

namespace ToApis.Balance.Testing.Tests;

public sealed class ScenarioSwitchingTests
{
    public static TheoryData<SandboxMode> Modes => Sandboxes.Modes;

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Scenario_SwitchedAtRunTime_AnswersTheNewScenarioOnTheNextCall(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var client = sandbox.CreateClient();
        Assert.Equal(Quota.Limited(100m), (await client.GetUserBalanceAsync()).Remaining);

        sandbox.Scenario = ToApisSandboxScenario.Low;

        Assert.Equal(Quota.Limited(2.5m), (await client.GetUserBalanceAsync()).Remaining);
    }

    [Fact]
    public async Task Scenario_SwitchedToAFailure_FailsTheNextCall()
    {
        await using var sandbox = new ToApisSandbox();
        using var client = sandbox.CreateClient();
        await client.GetTokenBalanceAsync();

        sandbox.Scenario = ToApisSandboxScenario.Parse("key-not-found");

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());
    }

    [Fact]
    public async Task Scenario_SwitchedBackToFlaky_FailsTheFirstRequestAgain()
    {
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "flaky" });
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);
        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        sandbox.Scenario = ToApisSandboxScenario.Flaky;

        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());
    }

    [Fact]
    public async Task Scenario_SwitchedWhileCallsRun_EveryCallGetsOneScenarioWhole()
    {
        await using var sandbox = new ToApisSandbox();
        using var client = sandbox.CreateClient();
        var calls = Enumerable.Range(0, 200).Select(_ => Task.Run(() => client.GetUserBalanceAsync())).ToArray();

        var scenarios = new[] { ToApisSandboxScenario.Low, ToApisSandboxScenario.Limited };
        for (var i = 0; i < 200; i++)
        {
            sandbox.Scenario = scenarios[i % 2];
        }

        var balances = await Task.WhenAll(calls);
        Assert.All(balances, balance => Assert.Contains(balance.Remaining, new[] { Quota.Limited(2.5m), Quota.Limited(100m) }));
        Assert.All(balances, balance => Assert.Equal(balance.Remaining.Amount * 200m, balance.RemainingCredits.Amount));
    }
}
