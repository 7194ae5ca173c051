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
    public async Task RuntimeWithoutAspNetCore_TheToolStillRunsItsSandbox()
    {
        // A .NET installation with the base runtime only, as a runtime container or the dotnet-runtime package has.
        var root = Directory.CreateTempSubdirectory("toapis-netcore-only-");
        try
        {
            var installed = Path.GetDirectoryName(Path.GetFullPath(ResolveLinks(ToolProcess.Dotnet)))!;
            Directory.CreateDirectory(Path.Combine(root.FullName, "shared"));
            File.Copy(Path.Combine(installed, "dotnet"), Path.Combine(root.FullName, "dotnet"));
            File.CreateSymbolicLink(Path.Combine(root.FullName, "host"), Path.Combine(installed, "host"));
            File.CreateSymbolicLink(Path.Combine(root.FullName, "shared", "Microsoft.NETCore.App"), Path.Combine(installed, "shared", "Microsoft.NETCore.App"));

            var result = await ToolProcess.RunWithAsync(Path.Combine(root.FullName, "dotnet"), "--sandbox", "low", "-w", "2000");

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("TOAPIS BALANCE WARNING - ", result.FirstLine);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Help_ListsTheOptionsAndExitsZero()
    {
        var result = await ToolProcess.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--sandbox", result.Out);
        Assert.Contains("3 UNKNOWN", result.Out);
    }

    private static string ResolveLinks(string path)
    {
        var full = path.Contains('/', StringComparison.Ordinal) ? path : FindOnPath(path);
        return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    private static string FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(directory => Path.Combine(directory, name))
            .First(File.Exists);
}
