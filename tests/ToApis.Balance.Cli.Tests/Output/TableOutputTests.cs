namespace ToApis.Balance.Cli.Tests;

/// <summary>The table a person reads: every figure's row, the state beside the key, and the blank lines between parts.</summary>
public sealed class TableOutputTests
{
    [Fact]
    public async Task Table_EveryFigureHasItsRowForEachSide()
    {
        var result = await CliRun.RunAsync(["--sandbox"]);

        Assert.Matches(@"│ +│ Key \(/v1/balance\) │ Account \(/v1/user/balance\) │", result.Out);
        Assert.Matches(@"│ Unlimited +│ +no │ +no │", result.Out);
        Assert.Matches(@"│ Remaining +│ +100 │ +100 │", result.Out);
        Assert.Matches(@"│ Used +│ +25.5 │ +25.5 │", result.Out);
        Assert.Matches(@"│ Remaining credits +│ +20000 │ +20000 │", result.Out);
        Assert.Matches(@"│ Used credits +│ +5100 │ +5100 │", result.Out);
        Assert.Matches(@"│ Credits per USD +│ +200 │ +200 │", result.Out);
        Assert.Matches(@"│ Used USD +│ +25.5 │ +25.5 │", result.Out);
    }

    [Fact]
    public async Task Table_Unlimited_SaysYesAndUnlimitedEffective()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unlimited"]);

        Assert.Matches(@"│ Unlimited +│ +yes │ +yes │", result.Out);
        Assert.Contains("  Effective remaining: Unlimited\n", result.Out);
    }

    [Theory]
    [InlineData("limited", "-w", "10", "OK")]
    [InlineData("low", "-w", "2000", "WARNING")]
    [InlineData("low", "-c", "1000", "CRITICAL")]
    [InlineData("unauthorized", "-w", "10", "UNKNOWN")]
    public async Task Table_WithThresholds_TheStateBesideTheKey(string scenario, string option, string threshold, string state)
    {
        var result = await CliRun.RunAsync(["--sandbox", scenario, option, threshold]);

        Assert.Contains("\nAPI key from --sandbox  " + state + "\n", result.Out);
    }

    [Fact]
    public async Task Table_WithoutThresholds_NoStateBesideAnOkKey()
    {
        var result = await CliRun.RunAsync(["--sandbox"]);

        Assert.Contains("\nAPI key from --sandbox  \n", result.Out);
    }

    [Fact]
    public async Task Table_ABlankLineAfterTheBannerAndAfterTheKey()
    {
        var result = await CliRun.RunAsync(["--sandbox"]);

        var lines = result.Out.Split('\n');
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal(["  Effective remaining: 20000 credits, 100 USD", string.Empty, string.Empty], lines[^3..]);
    }

    [Fact]
    public async Task Table_FailedRead_ABlankLineAfterTheError()
    {
        var result = await CliRun.RunAsync(["--sandbox", "unauthorized"]);

        var lines = result.Out.Split('\n');
        Assert.StartsWith("  could not read the balance:", lines[^3], StringComparison.Ordinal);
        Assert.Equal([string.Empty, string.Empty], lines[^2..]);
    }
}
