namespace ToApis.Balance.Snippets.Tests;

/// <summary>One ```csharp block of a Markdown file, as a reader would copy it.</summary>
public sealed record MarkdownSnippet(string File, int Line, string Code)
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

            yield return new MarkdownSnippet(file, start, string.Join('\n', lines.Skip(start).Take(end - start)));
            i = end;
        }
    }

    /// <summary>Where the snippet is, as the test case's name.</summary>
    public override string ToString() => $"{File}:{Line}";
}
