namespace ToApis.Balance.Cli.Tests;

/// <summary>The tool as a process, as cron, CI gates and monitoring agents run it.</summary>
public sealed class ProcessTests
{
    [Theory]
    [InlineData("limited", 0, "TOAPIS BALANCE OK - ")]
    [InlineData("low", 1, "TOAPIS BALANCE WARNING - ")]
    [InlineData("overdrawn", 2, "TOAPIS BALANCE CRITICAL - ")]
    [InlineData("unauthorized", 3, "TOAPIS BALANCE UNKNOWN - ")]
    public async Task Thresholds_ExitCodeAndFirstLineFollowThePluginConvention(string scenario, int exitCode, string firstLine)
    {
        var result = await ToolProcess.RunAsync("--sandbox", scenario, "-w", "1000", "-c", "0");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith(firstLine, result.FirstLine);
        Assert.Equal(exitCode == 3, result.Error.Length > 0);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("prometheus")]
    public async Task Piped_NoSpinnerNoColourNoEscapeCodes(string format)
    {
        var result = await ToolProcess.RunAsync("--sandbox", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain("Reading balances", result.Out);
    }

    [Fact]
    public async Task BadArguments_OneLineOnStandardErrorNoStackTrace()
    {
        var result = await ToolProcess.RunAsync("--warning", "plenty");

        Assert.Equal(3, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Help_ListsTheOptionsAndExitsZero()
    {
        var result = await ToolProcess.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--sandbox", result.Out);
        Assert.Contains("3 UNKNOWN", result.Out);
    }
}
