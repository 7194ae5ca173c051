namespace ToApis.Balance.Cli.Tests;

/// <summary>The performance data of the plugin line, as the tool writes it in-process.</summary>
public sealed class PluginLineTests
{
    [Theory]
    [InlineData("-w 2000 -c 500", "remaining_credits=20000;@~:2000;@~:500 remaining_usd=100")] // the critical range already covers exhaustion
    [InlineData("-c @-5:10", "remaining_credits=20000;;@-5:10 remaining_usd=100;;@~:0")] // it does not below -5: the US dollars carry exhaustion
    [InlineData("-w 10%", "remaining_credits=20000;;@~:0 remaining_usd=100 remaining_percent=79.68%;@~:10;;0;100")] // a percentage: two decimals, 0 to 100
    public async Task PluginLine_PerformanceData_OneItemPerFigureWithTheRangesJudged(string thresholds, string data)
    {
        var result = await CliRun.RunAsync(["--sandbox", .. thresholds.Split(' ')]);

        Assert.EndsWith(" | " + data, result.FirstLine, StringComparison.Ordinal);
    }
}
