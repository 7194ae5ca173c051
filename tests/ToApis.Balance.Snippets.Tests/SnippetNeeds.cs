namespace ToApis.Balance.Snippets.Tests;

/// <summary>
/// What a csharp block says it needs, read from the line right above its fence (a blank line between is allowed):
/// <c>**Packages:** `ToApis.Balance`, `Microsoft.Extensions.Hosting`</c>, each package spelt as
/// <c>dotnet add package</c> takes it, and <c>(in a `dotnet new web` app)</c> when the block needs ASP.NET Core.
/// </summary>
/// <param name="Packages">The packages named, in the order written.</param>
/// <param name="WebApp">Whether the block runs in an ASP.NET Core app (the ASP.NET Core shared framework).</param>
public sealed record SnippetNeeds(IReadOnlyList<string> Packages, bool WebApp)
{
    /// <summary>How the line starts, as it renders: a bold label.</summary>
    public const string Label = "**Packages:**";

    /// <summary>The template that brings the ASP.NET Core shared framework, written in backticks on the line.</summary>
    public const string WebTemplate = "dotnet new web";

    /// <summary>The needs stated by <paramref name="line"/>, or null when it is not a packages line.</summary>
    public static SnippetNeeds? Parse(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith(Label, StringComparison.Ordinal))
        {
            return null;
        }

        // The names are the backticked spans; the prose between them (commas, "in a … app") is for the reader.
        var spans = text[Label.Length..].Split('`').Where((_, i) => i % 2 == 1).Select(s => s.Trim()).ToList();
        return new SnippetNeeds(spans.Where(s => s != WebTemplate).ToList(), spans.Contains(WebTemplate));
    }

    /// <summary>Equal when the same packages are named in the same order, for the same kind of app.</summary>
    public bool Equals(SnippetNeeds? other) =>
        other is not null && WebApp == other.WebApp && Packages.SequenceEqual(other.Packages, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WebApp, string.Join(',', Packages));

    /// <summary>The line as a reader sees it (without the Markdown).</summary>
    public override string ToString() => $"Packages: {string.Join(", ", Packages)}{(WebApp ? " (web app)" : "")}";
}
