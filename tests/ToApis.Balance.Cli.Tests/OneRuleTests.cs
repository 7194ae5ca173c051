using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using System.Text.Json;
using ToApis.Balance.Cli.Output;
using ToApis.Balance.Monitoring;
using ToApis.Balance.Testing;

namespace ToApis.Balance.Cli.Tests;

/// <summary>
/// One status rule, three consumers: the same balances and thresholds, judged by the tool's evaluation, by the
/// monitor's first poll and by its health check, give the same answer. Where the tool says UNKNOWN (a threshold's
/// figure not reported), the monitor's snapshot says unknown beside the level it keeps (Ok on a first poll), and the
/// health check says Degraded.
/// </summary>
public sealed class OneRuleTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "plenty, warning at 2000", "OK" },
        { "500 left, warning at 2000 and critical at 100", "WARNING" },
        { "exactly at the critical threshold", "CRITICAL" },
        { "zero credits, no thresholds", "CRITICAL" },
        { "overdrawn credits, no thresholds", "CRITICAL" },
        { "overdrawn balance and no credits, no thresholds", "CRITICAL" },
        { "unlimited, every threshold", "OK" },
        { "both: the key's credits under the warning, the account's not reported", "WARNING" },
        { "both: the account limits", "CRITICAL" },
        { "percent under 10", "WARNING" },
        { "credits not reported, critical on credits", "UNKNOWN" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SameBalances_CliMonitorAndHealthCheck_Agree(string name, string expected)
    {
        var (scope, token, user, thresholds) = Case(name);
        await using var sandbox = new ToApisSandbox { Scenario = ToApisSandboxScenario.FromBalances(token, user) };

        var (cli, _) = await CliAsync(sandbox, scope, thresholds);
        var (snapshot, health, _) = await MonitorAsync(sandbox, scope, thresholds);

        Assert.Equal(expected, cli.Name());
        var (expectedLevel, expectedUnknown, expectedHealth) = cli switch
        {
            PluginStatus.Critical => (AlertLevel.Critical, false, HealthStatus.Unhealthy),
            PluginStatus.Warning => (AlertLevel.Warning, false, HealthStatus.Degraded),
            PluginStatus.Unknown => (AlertLevel.Ok, true, HealthStatus.Degraded),
            _ => (AlertLevel.Ok, false, HealthStatus.Healthy),
        };
        Assert.Equal((expectedLevel, expectedUnknown, expectedHealth), (snapshot.Level, snapshot.IsUnknown, health));
    }

    public static TheoryData<string> Names => [.. Cases.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task SameBalances_CliJsonAndHealthCheckData_TheSameFiguresUnderTheSameNames(string name)
    {
        var (scope, token, user, thresholds) = Case(name);
        await using var sandbox = new ToApisSandbox { Scenario = ToApisSandboxScenario.FromBalances(token, user) };

        var (_, json) = await CliAsync(sandbox, scope, thresholds);
        var (_, _, data) = await MonitorAsync(sandbox, scope, thresholds);

        using var document = JsonDocument.Parse(json);
        var effective = document.RootElement.GetProperty("keys")[0].GetProperty("effective");
        foreach (var figure in new[] { "remaining_credits", "remaining_usd", "remaining_percent" })
        {
            var cli = effective.GetProperty(figure);
            Assert.Equal(cli.ValueKind == JsonValueKind.Null ? null : cli.GetDecimal(), data.TryGetValue(figure, out var value) ? (decimal?)value : null);
        }

        Assert.Equal(effective.GetProperty("unlimited").GetBoolean(), data["unlimited"]);
        Assert.Equal(effective.GetProperty("exhausted").GetBoolean(), data["exhausted"]);
    }

    private static (BalanceScope Scope, TokenBalance Token, UserBalance User, BalanceThreshold[] Thresholds) Case(string name)
    {
        static TokenBalance Key(decimal credits, decimal used = 0) => new() { RemainingCredits = Quota.Limited(credits), UsedCredits = used, Remaining = Quota.Limited(credits / 200), Used = used / 200 };
        static UserBalance Account(decimal credits, decimal used = 0) => new() { RemainingCredits = Quota.Limited(credits), UsedCredits = used, Remaining = Quota.Limited(credits / 200), Used = used / 200 };
        var warning2000 = BalanceThreshold.Credits(2000, AlertLevel.Warning);
        var plenty = Account(20_000);
        return name switch
        {
            "plenty, warning at 2000" => (BalanceScope.User, Key(20_000), plenty, [warning2000]),
            "500 left, warning at 2000 and critical at 100" => (BalanceScope.User, Key(500), Account(500), [warning2000, BalanceThreshold.Credits(100, AlertLevel.Critical)]),
            "exactly at the critical threshold" => (BalanceScope.Token, Key(500), plenty, [warning2000, BalanceThreshold.Credits(500, AlertLevel.Critical)]),
            "zero credits, no thresholds" => (BalanceScope.User, Key(0), Account(0, 1_000), []),
            "overdrawn credits, no thresholds" => (BalanceScope.User, Key(-500), Account(-500, 20_500), []),
            "overdrawn balance and no credits, no thresholds" => (BalanceScope.User, Key(1), new UserBalance { Remaining = Quota.Limited(-2.5m), Used = 102.5m }, []),
            "unlimited, every threshold" => (BalanceScope.Both, new TokenBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited }, new UserBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited }, [BalanceThreshold.PercentRemaining(100, AlertLevel.Warning), BalanceThreshold.Credits(1_000_000, AlertLevel.Critical)]),
            "both: the key's credits under the warning, the account's not reported" => (BalanceScope.Both, Key(1_500), new UserBalance { Remaining = Quota.Limited(100) }, [warning2000]),
            "both: the account limits" => (BalanceScope.Both, Key(20_000), Account(50, 950), [warning2000, BalanceThreshold.Usd(1, AlertLevel.Critical)]),
            "percent under 10" => (BalanceScope.Token, Key(500, 9_500), plenty, [BalanceThreshold.PercentRemaining(10, AlertLevel.Warning)]),
            "credits not reported, critical on credits" => (BalanceScope.User, Key(1), new UserBalance { Remaining = Quota.Limited(30) }, [BalanceThreshold.Credits(500, AlertLevel.Critical)]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
        };
    }

    private static async Task<(PluginStatus Status, string Json)> CliAsync(ToApisSandbox sandbox, BalanceScope scope, BalanceThreshold[] thresholds)
    {
        using var client = sandbox.CreateClient();
        var both = await client.GetBalancesAsync();
        var reading = new KeyReading("key", scope, scope == BalanceScope.User ? null : both.Token, scope == BalanceScope.Token ? null : both.User, null);
        var warning = thresholds.FirstOrDefault(t => t.Level == AlertLevel.Warning);
        var critical = thresholds.FirstOrDefault(t => t.Level == AlertLevel.Critical);
        var evaluation = Evaluation.Of(reading, warning, critical);
        var settings = new CliSettings { Scope = scope, Warning = warning, Critical = critical };
        return (evaluation.Status, JsonOutput.Write([(reading, evaluation)], evaluation.Status, settings, indented: false));
    }

    private static async Task<(BalanceMonitorSnapshot Snapshot, HealthStatus Health, IReadOnlyDictionary<string, object> Data)> MonitorAsync(ToApisSandbox sandbox, BalanceScope scope, BalanceThreshold[] thresholds)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddToApisBalanceClient(o => o.ApiKey = ToApisSandbox.ApiKey)
            .ConfigurePrimaryHttpMessageHandler(sandbox.CreateHandler)
            .AddBalanceMonitoring(m =>
            {
                m.Scope = scope;
                m.Jitter = 0;
                m.FirstPollJitter = TimeSpan.Zero;
                foreach (var threshold in thresholds)
                {
                    m.Thresholds.Add(threshold);
                }
            });
        services.AddHealthChecks().AddToApisBalance();
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IBalanceMonitor>();
        var first = new TaskCompletionSource<BalanceMonitorSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        monitor.SnapshotChanged += (_, e) => first.TrySetResult(e.Snapshot);
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            var snapshot = await first.Task.WaitAsync(TimeSpan.FromSeconds(10));
            var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            return (snapshot, report.Status, report.Entries.Single().Value.Data);
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }
}
