namespace ToApis.Balance.Snippets.Tests;

/// <summary>
/// Every csharp block of the READMEs and docs/ says which packages it needs, on a line right above its fence
/// (<c>**Packages:** `ToApis.Balance`, `Microsoft.Extensions.Hosting`</c>, plus <c>(in a `dotnet new web` app)</c> for
/// ASP.NET Core), compiles as written in a new console (or web) app referencing only those packages, and needs each
/// of them: the line is what a reader adds with <c>dotnet add package</c>, no more and no less.
/// </summary>
public sealed class ReadmeSnippetTests
{
    /// <summary>Each snippet by file and fence line, so every one is a test case of its own.</summary>
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var snippet in MarkdownSnippet.ReadAll())
        {
            data.Add(snippet.File, snippet.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_AsWritten_CompilesAgainstOnlyThePackagesItNames(string file, int line)
    {
        var (snippet, needs) = Read(file, line);

        var diagnostics = SnippetCompiler.Diagnose(snippet.Code, needs);

        Assert.True(
            diagnostics.Count == 0,
            $"{snippet} ({needs}) does not compile; a type from a package the line does not name goes on the line:\n" +
            string.Join('\n', diagnostics));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_WithoutAnyOneOfItsPackages_DoesNotCompile(string file, int line)
    {
        var (snippet, needs) = Read(file, line);
        var fewer = needs.Packages
            .Select(package => (Dropped: package, Needs: needs with { Packages = needs.Packages.Where(p => p != package).ToList() }))
            .Append((Dropped: SnippetNeeds.WebTemplate, Needs: needs with { WebApp = false }))
            .Where(candidate => candidate.Needs != needs);

        var unneeded = fewer.Where(candidate => SnippetCompiler.Diagnose(snippet.Code, candidate.Needs).Count == 0).Select(c => c.Dropped);

        Assert.True(
            !unneeded.Any(),
            $"{snippet} compiles without {string.Join(" or without ", unneeded.Select(u => $"`{u}`"))}: drop what it does not need " +
            "from the line (the block no longer uses it, or another package the line names brings it).");
    }

    [Fact]
    public void ReadAll_PackageReadmes_AreChecked()
    {
        var files = MarkdownSnippet.ReadAll().Select(s => s.File).ToHashSet();

        Assert.Contains("README.md", files);
        Assert.Contains("src/ToApis.Balance/README.md", files);
        Assert.Contains("src/ToApis.Balance.Caching/README.md", files);
    }

    private static (MarkdownSnippet Snippet, SnippetNeeds Needs) Read(string file, int line)
    {
        var snippet = MarkdownSnippet.ReadAll().Single(s => s.File == file && s.Line == line);
        Assert.True(
            snippet.Needs is { Packages.Count: > 0 },
            $"{snippet} does not say which packages it needs: add a line such as `{SnippetNeeds.Label} `ToApis.Balance`, " +
            $"`Microsoft.Extensions.Hosting`` right above its fence (every package a new app must add for it to compile).");

        return (snippet, snippet.Needs);
    }
}
