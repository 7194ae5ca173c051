namespace ToApis.Balance.Cli.Tests;

/// <summary>The Prometheus text: which samples each figure has, with which labels, and what a failed read leaves.</summary>
public sealed class PrometheusOutputTests
{
    [Fact]
    public async Task Prometheus_Limited_UnlimitedAndExhaustedGaugesSayNo()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--format", "prometheus", "--scope", "token"]);

        Assert.Contains("toapis_balance_unlimited{key=\"key 1\",toapis_balance_scope=\"token\"} 0\n", result.Out);
        Assert.Contains("toapis_balance_exhausted{key=\"key 1\"} 0\n", result.Out);
    }

    [Fact]
    public async Task Prometheus_Overdrawn_ExhaustedGaugeSaysYes()
    {
        var result = await CliRun.RunAsync(["--sandbox", "overdrawn", "--format", "prometheus"]);

        Assert.Contains("toapis_balance_exhausted{key=\"key 1\"} 1\n", result.Out);
    }

    [Fact]
    public async Task Prometheus_FailedRead_UpIsZeroAndNoFigureIsGuessed()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unauthorized", "--format", "prometheus"]);

        Assert.Contains("toapis_balance_up{key=\"key 1\"} 0\n", result.Out);
        Assert.DoesNotContain("toapis_balance_exhausted{", result.Out);
        Assert.DoesNotContain("scope=\"effective\"", result.Out);
    }

    [Fact]
    public async Task Prometheus_UnitLabel_OnlyOnTheFiguresInTheBalancesUnit()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--format", "prometheus", "--scope", "token", "--unit", "usd"]);

        Assert.Contains("toapis_balance_remaining{key=\"key 1\",toapis_balance_scope=\"token\",toapis_balance_unit=\"usd\"} 100\n", result.Out);
        Assert.Contains("toapis_balance_used{key=\"key 1\",toapis_balance_scope=\"token\",toapis_balance_unit=\"usd\"} 25.5\n", result.Out);
        Assert.Contains("toapis_balance_credits_remaining{key=\"key 1\",toapis_balance_scope=\"token\"} 20000\n", result.Out);
    }

    [Fact]
    public async Task Prometheus_BothScopes_OneEffectiveSampleOfTheCreditsRemaining()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--format", "prometheus"]);

        var effective = Assert.Single(result.Out.Split('\n'), line => line.Contains("effective", StringComparison.Ordinal) && !line.StartsWith('#'));
        Assert.Equal("toapis_balance_credits_remaining{key=\"key 1\",toapis_balance_scope=\"effective\"} 20000", effective);
    }

    [Fact]
    public async Task Prometheus_OneScope_NoEffectiveSample()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--format", "prometheus", "--scope", "token"]);

        Assert.DoesNotContain("scope=\"effective\"", result.Out);
    }
}
