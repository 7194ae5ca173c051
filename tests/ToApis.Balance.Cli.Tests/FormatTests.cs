using System.Text.Json;

namespace ToApis.Balance.Cli.Tests;

/// <summary>The three formats: a table for people, JSON and Prometheus text for machines.</summary>
public sealed class FormatTests
{
    [Fact]
    public async Task Table_ShowsEachFigureOfBothBalancesAndTheEffectiveRemaining()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--unit", "usd"]);

        Assert.Contains("Key (/v1/balance)", result.Out);
        Assert.Contains("Account (/v1/user/balance)", result.Out);
        Assert.Contains("Remaining (USD)", result.Out);
        Assert.Contains("20000", result.Out);
        Assert.Contains("Effective remaining: 20000 credits, 100 USD", result.Out);
    }

    [Fact]
    public async Task Table_OneNumberFormat_NoTrailingZerosBesideWholeNumbers()
    {
        // limited: the server sends remain_balance 100.0; the USD figures are computed from the credits (100).
        var result = await CliRun.RunAsync(["--sandbox", "--unit", "usd", "-w", "10"]);

        Assert.Matches(@"│ Remaining \(USD\) +│ +100 │ +100 │", result.Out);
        Assert.Matches(@"│ Remaining USD +│ +100 │ +100 │", result.Out);
        Assert.DoesNotMatch(@"\d\.\d*0\b", result.Out);
    }

    [Fact]
    public void Figures_Text_DropsTrailingZerosNeverAnExponent()
    {
        Assert.Equal(["1998", "2.5", "-500", "0.0000001", "0"], new[] { 1998.00m, 2.50m, -500.0m, 0.00000010m, 0.000m }.Select(Output.Figures.Text));
    }

    [Fact]
    public async Task Json_KeepsTheServersExactDecimal()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--format", "json", "--scope", "user"]);

        Assert.Contains("\"remaining\": 100.0,", result.Out);
    }

    [Fact]
    public async Task Table_WithoutATerminal_HasNoEscapeCodes()
    {
        var result = await CliRun.RunAsync(["--sandbox", "low", "-w", "2000"]);

        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public async Task Json_HasStableSnakeCaseFieldsWithExactFigures()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--format", "json", "--unit", "usd"]);

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal(0, root.GetProperty("exit_code").GetInt32());
        Assert.Equal("both", root.GetProperty("scope").GetString());
        var key = Assert.Single(root.GetProperty("keys").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, key.GetProperty("error").ValueKind);
        var user = key.GetProperty("user");
        Assert.Equal(100.0m, user.GetProperty("remaining").GetDecimal());
        Assert.Equal(25.5m, user.GetProperty("used").GetDecimal());
        Assert.Equal("usd", user.GetProperty("unit").GetString());
        Assert.Equal(20000m, user.GetProperty("remaining_credits").GetDecimal());
        Assert.Equal(5100m, user.GetProperty("used_credits").GetDecimal());
        Assert.Equal(200m, user.GetProperty("credits_per_usd").GetDecimal());
        Assert.Equal(100m, user.GetProperty("remaining_usd").GetDecimal());
        Assert.Equal(25.5m, user.GetProperty("used_usd").GetDecimal());
        Assert.False(user.GetProperty("unlimited").GetBoolean());
        Assert.Equal(20000m, key.GetProperty("effective").GetProperty("remaining_credits").GetDecimal());
    }

    [Fact]
    public async Task Json_Unlimited_IsNullWithTheFlagNeverMinusOne()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unlimited", "--format", "json", "--scope", "token"]);

        using var json = JsonDocument.Parse(result.Out);
        var token = json.RootElement.GetProperty("keys")[0].GetProperty("token");
        Assert.True(token.GetProperty("unlimited").GetBoolean());
        Assert.Equal(JsonValueKind.Null, token.GetProperty("remaining").ValueKind);
        Assert.Equal(JsonValueKind.Null, token.GetProperty("remaining_credits").ValueKind);
        Assert.DoesNotMatch(@":\s*-1\b", result.Out);
    }

    [Fact]
    public async Task Json_Failure_CarriesTheErrorAndUnknownStatus()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unauthorized", "--format", "json"]);

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
        var error = json.RootElement.GetProperty("keys")[0].GetProperty("error");
        Assert.Equal("ToApisAuthenticationException", error.GetProperty("type").GetString());
        Assert.Equal(401, error.GetProperty("http_status").GetInt32());
    }

    [Fact]
    public async Task Json_WithThresholds_HasNoPluginLineSoTheOutputStaysJson()
    {
        var result = await CliRun.RunAsync(["--sandbox", "low", "--format", "json", "-w", "2000"]);

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("warning", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Prometheus_OneSamplePerFigureWithScopeAndMaskedKeyLabels()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--format", "prometheus"]);

        Assert.Contains("# TYPE toapis_balance_credits_remaining gauge\n", result.Out);
        Assert.Contains("toapis_balance_credits_remaining{key=\"sk-sandbox\",toapis_balance_scope=\"user\"} 20000\n".Replace("sk-sandbox", Label("sk-sandbox"), StringComparison.Ordinal), result.Out);
        Assert.Contains("toapis_balance_up{key=\"" + Label("sk-sandbox") + "\"} 1\n", result.Out);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.EndsWith("\n", result.Out);
    }

    [Fact]
    public async Task Prometheus_Unlimited_HasNoRemainingSampleButTheUnlimitedGauge()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unlimited", "--format", "prometheus", "--scope", "token"]);

        Assert.DoesNotContain("toapis_balance_credits_remaining{", result.Out);
        Assert.Contains("toapis_balance_unlimited{key=\"" + Label("sk-sandbox") + "\",toapis_balance_scope=\"token\"} 1\n", result.Out);
    }

    [Fact]
    public async Task Prometheus_WithThresholds_HasTheStatusGauge()
    {
        var result = await CliRun.RunAsync(["--sandbox", "low", "--format", "prometheus", "-c", "1000"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("toapis_balance_status{key=\"" + Label("sk-sandbox") + "\"} 2\n", result.Out);
    }

    [Fact]
    public async Task Output_WritesTheFileWholeAndLeavesNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("toapis-cli-");
        try
        {
            var file = Path.Combine(directory.FullName, "toapis.prom");

            var result = await CliRun.RunAsync(["--sandbox", "--format", "prometheus", "--output", file]);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("toapis_balance_up", await File.ReadAllTextAsync(file));
            Assert.Equal([file], Directory.GetFiles(directory.FullName));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Label(string key) => KeyLabel.For(key, 1);
}
