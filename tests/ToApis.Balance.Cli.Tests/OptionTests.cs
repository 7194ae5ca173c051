using System.Text.RegularExpressions;

namespace ToApis.Balance.Cli.Tests;

/// <summary>The command line as typed: unknown options called so wherever they stand, and <c>--help</c> as documented.</summary>
public sealed partial class OptionTests
{
    [Theory]
    [InlineData("--sandbox", "--frobnicate")]
    [InlineData("--frobnicate", "--sandbox")]
    [InlineData("--sandbox", "low", "-x")]
    public async Task UnknownOption_AnywhereEvenAfterTheOptionalScenario_IsCalledAnUnknownOption(params string[] args)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(3, result.ExitCode);
        var unknown = args.Single(a => a is "--frobnicate" or "-x");
        Assert.Equal($"toapis-balance: unknown option '{unknown}' (see toapis-balance --help)\n", result.Error);
    }

    [Theory]
    [InlineData("-w", "a threshold")]
    [InlineData("--format", "one of table|json|prometheus")]
    [InlineData("--timeout", "a duration")]
    [InlineData("--base-url", "an address")]
    [InlineData("-o", "a file")]
    public async Task UnknownOption_WhereAValueWasExpected_IsCalledAnUnknownOption(string option, string value)
    {
        var result = await CliRun.RunAsync(["--sandbox", option, "--frobnicate"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"toapis-balance: unknown option '--frobnicate' ({option} needs {value} first) (see toapis-balance --help)\n", result.Error);
    }

    [Fact]
    public async Task Sandbox_UnknownScenario_ListsTheScenarios()
    {
        var result = await CliRun.RunAsync(["--sandbox", "plenty"]);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("toapis-balance: 'plenty' is not a sandbox scenario: use limited, unlimited, low, overdrawn, ", result.Error);
    }

    [Fact]
    public async Task Sandbox_ScenarioInAnyCase_IsTheScenario()
    {
        var result = await CliRun.RunAsync(["--sandbox", "LOW", "-w", "2000"]);

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task StrayArgument_IsCalledAnArgumentTheToolDoesNotTake()
    {
        var result = await CliRun.RunAsync(["plenty"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("toapis-balance: unexpected argument 'plenty': toapis-balance takes options only (see toapis-balance --help)\n", result.Error);
    }

    [Fact]
    public async Task Help_ListsTheOptionsAndArgumentsOfTheDocsOptionsTable()
    {
        var help = await CliRun.RunAsync(["--help"]);
        var docs = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "cli.md"));

        var inHelp = help.Out[help.Out.IndexOf("Options:", StringComparison.Ordinal)..].Split('\n')
            .Select(line => HelpRow().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["first"].Value);
        var table = docs[docs.IndexOf("| Option |", StringComparison.Ordinal)..];
        var inDocs = table[..table.IndexOf("\n\n", StringComparison.Ordinal)].Split('\n').Skip(2)
            .Select(row => row.Split(" | ")[0].TrimStart('|', ' ').Replace("`", string.Empty, StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal));

        Assert.Equal(14, inDocs.Count());
        Assert.Equal(inDocs, inHelp);
    }

    /// <summary>An option's row of <c>--help</c>: two spaces, its aliases and argument, two spaces or more, its description.</summary>
    [GeneratedRegex(@"^  (?<first>-\S.*?)(\s{2,}|$)")]
    private static partial Regex HelpRow();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ToApis.Balance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ToApis.Balance.sln above {AppContext.BaseDirectory}.");
    }
}
