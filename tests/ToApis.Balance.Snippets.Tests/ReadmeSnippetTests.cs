namespace ToApis.Balance.Snippets.Tests;

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
    public void Snippet_AsWritten_CompilesWithoutWarnings(string file, int line)
    {
        var snippet = MarkdownSnippet.ReadAll().Single(s => s.File == file && s.Line == line);

        Assert.Empty(SnippetCompiler.Diagnose(snippet.Code));
    }

    [Fact]
    public void ReadAll_PackageReadmes_AreChecked()
    {
        var files = MarkdownSnippet.ReadAll().Select(s => s.File).ToHashSet();

        Assert.Contains("README.md", files);
        Assert.Contains("src/ToApis.Balance/README.md", files);
        Assert.Contains("src/ToApis.Balance.Caching/README.md", files);
    }

    [Fact]
    public void Diagnose_UndeclaredVariable_ReportsTheError()
    {
        var diagnostics = SnippetCompiler.Diagnose("""
            using ToApis.Balance;

            using var client = new ToApisBalanceClient("sk-test");
            TokenBalance key = await client.GetTokenBalanceAsync(cancellationToken);
            """);

        Assert.Equal(["4: CS0103 The name 'cancellationToken' does not exist in the current context"], diagnostics);
    }

    [Fact]
    public void Diagnose_MissingUsing_ReportsTheError()
    {
        var diagnostics = SnippetCompiler.Diagnose("""using var client = new ToApisBalanceClient("sk-test");""");

        Assert.Contains(diagnostics, d => d.StartsWith("1: CS0246 The type or namespace name 'ToApisBalanceClient' could not be found", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CsharpFence_ReturnsTheCodeBetweenTheFences()
    {
        string[] lines = ["# Title", "```csharp", "var a = 1;", "var b = a;", "```", "```bash", "dotnet test", "```"];

        var snippet = Assert.Single(MarkdownSnippet.Parse("X.md", lines));

        Assert.Equal(new MarkdownSnippet("X.md", 2, "var a = 1;\nvar b = a;"), snippet);
    }
}
