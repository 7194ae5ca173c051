namespace ToApis.Balance.Cli.Tests;

/// <summary>Monitoring-plugin exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN, and a failure is never 0.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public async Task NoThresholds_BalancesRead_ExitsZero()
    {
        var result = await CliRun.RunAsync(["--sandbox"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task CreditsAboveBothThresholds_ExitsZeroWithAnOkPluginLine()
    {
        var result = await CliRun.RunAsync(["--sandbox", "limited", "-w", "2000", "-c", "500"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE OK - SANDBOX - 20000 credits (100 USD) left", result.FirstLine);
    }

    [Fact]
    public async Task CreditsAtOrBelowTheWarningThreshold_ExitsOneWithAWarningPluginLine()
    {
        var result = await CliRun.RunAsync(["--sandbox", "low", "-w", "2000", "-c", "100"]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE WARNING - SANDBOX - 500 credits (2.5 USD) left, warning at 2000", result.FirstLine);
    }

    [Fact]
    public async Task CreditsExactlyAtTheCriticalThreshold_ExitsTwo()
    {
        var result = await CliRun.RunAsync(["--sandbox", "low", "-w", "2000", "-c", "500"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE CRITICAL - SANDBOX - 500 credits (2.5 USD) left, critical at 500", result.FirstLine);
    }

    [Fact]
    public async Task UsdThreshold_ComparesTheRemainingUsDollars()
    {
        var result = await CliRun.RunAsync(["--sandbox", "low", "-c", "5usd"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("critical at 5usd", result.FirstLine);
    }

    [Fact]
    public async Task PercentThreshold_ComparesTheRemainingShareOfTheTotal()
    {
        // low: 500 credits left of 500 + 19,500 used = 2.5 %.
        var result = await CliRun.RunAsync(["--sandbox", "low", "-w", "10%"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("remaining_percent=2.5%;@~:10;;0;100", result.FirstLine);
    }

    [Fact]
    public async Task OverdrawnBalance_IsCriticalAtAZeroThreshold()
    {
        var result = await CliRun.RunAsync(["--sandbox", "overdrawn", "-c", "0"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE CRITICAL - SANDBOX - -500 credits", result.FirstLine);
    }

    [Fact]
    public async Task OverdrawnBalance_WithoutThresholds_IsCritical()
    {
        var result = await CliRun.RunAsync(["--sandbox", "overdrawn", "--format", "json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"summary\": \"-500 credits (-2.5 USD) left, exhausted\"", result.Out);
    }

    [Fact]
    public async Task UnlimitedBalance_IsOkWhateverTheThresholds()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unlimited", "-w", "100%", "-c", "99999999usd"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE OK - SANDBOX - unlimited", result.FirstLine);
    }

    [Fact]
    public async Task CreditsNotReported_IsUnknownNeverZero()
    {
        var result = await CliRun.RunAsync(["--sandbox", "no-credits", "-c", "500"]);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE UNKNOWN - SANDBOX - remaining credits not reported; the server did not report the remaining credits the critical threshold 500 needs", result.FirstLine);
    }

    [Fact]
    public async Task RevokedKey_ExitsThreeWithTheErrorOnStandardError()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unauthorized", "-w", "2000"]);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE UNKNOWN - SANDBOX - could not read the balance: ", result.FirstLine);
        var error = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("toapis-balance: could not read the balance: ", error);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public async Task Failure_StandardErrorOnTheSameTerminal_IsShownOnceOnStandardOutput(string format)
    {
        var result = await CliRun.RunAsync(["--sandbox", "unauthorized", "--format", format], variables: new Dictionary<string, string> { ["CI"] = "true" }, terminal: true);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("ToAPIs refused the API key", result.Out);
    }

    [Fact]
    public async Task Failure_PrometheusOnTheSameTerminal_StaysOnStandardError()
    {
        // The Prometheus text has no message, only toapis_balance_up 0: the reason is said on standard error.
        var result = await CliRun.RunAsync(["--sandbox", "unauthorized", "--format", "prometheus"], variables: new Dictionary<string, string> { ["CI"] = "true" }, terminal: true);

        Assert.StartsWith("toapis-balance: could not read the balance: ToAPIs refused the API key", result.Error);
    }

    [Fact]
    public async Task FailureWithoutThresholds_IsNeverExitZero()
    {
        var result = await CliRun.RunAsync(["--sandbox", "key-not-found"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("could not read the balance", result.Error);
    }

    [Fact]
    public async Task ServerDown_ExitsThree()
    {
        var result = await CliRun.RunAsync(["--base-url", ClosedPort.Url(), "--timeout", "5s"], variables: CliRun.WithKey());

        Assert.Equal(3, result.ExitCode);
        Assert.DoesNotContain(CliRun.Key, result.All);
    }

    [Theory]
    [InlineData("-w", "lots")]
    [InlineData("-c", "-5")]
    [InlineData("-w", "120%")]
    [InlineData("--scope", "team")]
    [InlineData("--format", "xml")]
    [InlineData("--watch", "soon")]
    [InlineData("--sandbox", "no-such-scenario")]
    [InlineData("--no-such-option", "1")]
    public async Task BadArgument_ExitsThreeWithOneLineOnStandardError(string option, string value)
    {
        var result = await CliRun.RunAsync(["--sandbox", "limited", option, value]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("toapis-balance: ", result.Error);
    }

    [Fact]
    public async Task WarningBelowCritical_ExitsThreeAndSaysWhy()
    {
        var result = await CliRun.RunAsync(["--sandbox", "-w", "100", "-c", "500"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("warning threshold 100 is below the critical threshold 500", result.Error);
    }

    [Fact]
    public async Task NoKeyAndNoTerminal_ExitsThreeAndSaysWhereAKeyComesFrom()
    {
        var result = await CliRun.RunAsync([]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no API key: set TOAPIS_API_KEY", result.Error);
    }
}
