namespace ToApis.Balance.Snippets.Tests;

public sealed class SnippetNeedsTests
{
    [Fact]
    public void Parse_PackagesLine_ReturnsTheBacktickedNamesInOrder()
    {
        var needs = SnippetNeeds.Parse("**Packages:** `ToApis.Balance.Monitoring`, `Microsoft.Extensions.Hosting`");

        Assert.Equal(new SnippetNeeds(["ToApis.Balance.Monitoring", "Microsoft.Extensions.Hosting"], WebApp: false), needs);
    }

    [Fact]
    public void Parse_WebTemplate_IsAWebAppNotAPackage()
    {
        var needs = SnippetNeeds.Parse("**Packages:** `ToApis.Balance.Monitoring` (in a `dotnet new web` app)");

        Assert.Equal(new SnippetNeeds(["ToApis.Balance.Monitoring"], WebApp: true), needs);
    }

    [Fact]
    public void Parse_OtherLine_ReturnsNull()
    {
        Assert.Null(SnippetNeeds.Parse("Packages used: `ToApis.Balance`"));
    }

    [Fact]
    public void Parse_CsharpFence_ReturnsTheCodeBetweenTheFencesAndTheLineAbove()
    {
        string[] lines = ["# Title", "**Packages:** `ToApis.Balance`", "", "```csharp", "var a = 1;", "var b = a;", "```", "```bash", "dotnet test", "```"];

        var snippet = Assert.Single(MarkdownSnippet.Parse("X.md", lines));

        Assert.Equal(new MarkdownSnippet("X.md", 4, "var a = 1;\nvar b = a;", new SnippetNeeds(["ToApis.Balance"], WebApp: false)), snippet);
    }

    [Fact]
    public void Parse_FenceWithoutPackagesLine_HasNoNeeds()
    {
        string[] lines = ["Some prose.", "", "```csharp", "var a = 1;", "```"];

        Assert.Null(Assert.Single(MarkdownSnippet.Parse("X.md", lines)).Needs);
    }
}
