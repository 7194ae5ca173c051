using System.Text.RegularExpressions;

namespace ToApis.Balance.Cli.Tests;

/// <summary>docs/cli.md as an operator reads it: its fenced code blocks, so a test runs what the page shows.</summary>
internal static partial class CliDocs
{
    public static string Path { get; } = FindPath();

    /// <summary>The one fenced block whose text contains <paramref name="marker"/>.</summary>
    public static string Block(string marker)
    {
        var blocks = Fence().Matches(File.ReadAllText(Path).ReplaceLineEndings("\n")).Select(m => m.Groups["body"].Value).Where(b => b.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(blocks.Count == 1, $"{Path} should show one code block with '{marker}'; it shows {blocks.Count}.");
        return blocks[0];
    }

    /// <summary>
    /// Moves the absolute paths a recipe names to where a test can use them; each must occur in the text, so the map
    /// cannot silently stop applying when the page changes.
    /// </summary>
    public static string MovePaths(string text, IReadOnlyDictionary<string, string> paths)
    {
        foreach (var (from, to) in paths)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"The recipe no longer names {from}: {text}");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static string FindPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ToApis.Balance.sln")))
            {
                return System.IO.Path.Combine(folder.FullName, "docs", "cli.md");
            }
        }

        throw new InvalidOperationException("The repository root (ToApis.Balance.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^```[a-z]*\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
