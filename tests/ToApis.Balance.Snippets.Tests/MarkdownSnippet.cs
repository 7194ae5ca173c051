namespace ToApis.Balance.Snippets.Tests;

/// <summary>One ```csharp block of a Markdown file, as a reader would copy it, with what it says it needs.</summary>
/// <param name="File">The Markdown file, relative to <see cref="Root"/>.</param>
/// <param name="Line">The line number (1-based) of the block's opening fence.</param>
/// <param name="Code">The code between the fences.</param>
/// <param name="Needs">The packages line right above the fence; null when there is none.</param>
public sealed record MarkdownSnippet(string File, int Line, string Code, SnippetNeeds? Needs)
{
    /// <summary>The folder the test project copies the Markdown files to (README.md, docs/, samples/, src/*/README.md).</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Markdown");

    /// <summary>Every csharp block of every Markdown file under <see cref="Root"/>.</summary>
    public static IReadOnlyList<MarkdownSnippet> ReadAll() =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Parse(Path.GetRelativePath(Root, path).Replace('\\', '/'), System.IO.File.ReadAllLines(path)))
            .ToList();

    /// <summary>The csharp blocks of one file's lines (fences of three backticks, not indented).</summary>
    public static IEnumerable<MarkdownSnippet> Parse(string file, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() is not ("```csharp" or "```cs" or "```c#"))
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Count && lines[end].Trim() != "```")
            {
                end++;
            }

            yield return new MarkdownSnippet(file, start, string.Join('\n', lines.Skip(start).Take(end - start)), NeedsAbove(lines, i));
            i = end;
        }
    }

    /// <summary>Where the snippet is, as the test case's name.</summary>
    public override string ToString() => $"{File}:{Line}";

    // The line right above the fence, or the one above a single blank line, so the label may stand as its own paragraph.
    private static SnippetNeeds? NeedsAbove(IReadOnlyList<string> lines, int fence)
    {
        var above = fence - 1;
        if (above >= 1 && string.IsNullOrWhiteSpace(lines[above]))
        {
            above--;
        }

        return above >= 0 ? SnippetNeeds.Parse(lines[above]) : null;
    }
}
