namespace ToApis.Balance.Snippets.Tests;

/// <summary>
/// Every csharp block of the READMEs and docs/ says which packages it needs, on a line right above its fence
/// (<c>**Packages:** `ToApis.Balance`, `Microsoft.Extensions.Hosting`</c>, plus <c>(in a `dotnet new web` app)</c> for
/// ASP.NET Core), and compiles as written in a new console (or web) app referencing only those packages.
/// </summary>
public sealed class ReadmeSnippetTests
{
    /// <summary>Each snippet by file and first line, so every one is a test case of its own.</summary>
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
        var snippet = MarkdownSnippet.ReadAll().Single(s => s.File == file && s.Line == line);
        if (snippet.Needs is not { Packages.Count: > 0 } needs)
        {
            Assert.Fail(
                $"{snippet} does not say which packages it needs: add a line such as `{SnippetNeeds.Label} `ToApis.Balance`, " +
                $"`Microsoft.Extensions.Hosting`` right above its fence (every package a new app must add for it to compile).");
            return;
        }

        Assert.Empty(SnippetCompiler.Diagnose(snippet.Code, needs));
    }

    [Fact]
    public void ReadAll_PackageReadmes_AreChecked()
    {
        var files = MarkdownSnippet.ReadAll().Select(s => s.File).ToHashSet();

        Assert.Contains("README.md", files);
        Assert.Contains("src/ToApis.Balance/README.md", files);
        Assert.Contains("src/ToApis.Balance.Caching/README.md", files);
    }
}
