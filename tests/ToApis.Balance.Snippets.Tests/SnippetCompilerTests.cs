namespace ToApis.Balance.Snippets.Tests;

public sealed class SnippetCompilerTests
{
    private static readonly SnippetNeeds Core = new(["ToApis.Balance"], WebApp: false);

    [Fact]
    public void Diagnose_UndeclaredVariable_ReportsTheError()
    {
        var diagnostics = SnippetCompiler.Diagnose("""
            using ToApis.Balance;

            using var client = new ToApisBalanceClient("sk-test");
            TokenBalance key = await client.GetTokenBalanceAsync(cancellationToken);
            """, Core);

        Assert.Equal(["4: CS0103 The name 'cancellationToken' does not exist in the current context"], diagnostics);
    }

    [Fact]
    public void Diagnose_MissingUsing_ReportsTheError()
    {
        var diagnostics = SnippetCompiler.Diagnose("""using var client = new ToApisBalanceClient("sk-test");""", Core);

        Assert.Contains(diagnostics, d => d.StartsWith("1: CS0246 The type or namespace name 'ToApisBalanceClient' could not be found", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_GenericHostWithoutHostingPackage_ReportsTheMissingType()
    {
        const string Code = """
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using ToApis.Balance;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddToApisBalanceClient(o => o.ApiKey = "sk-test");
            """;

        var diagnostics = SnippetCompiler.Diagnose(Code, Core);

        Assert.Contains("5: CS0103 The name 'Host' does not exist in the current context", diagnostics);
        Assert.Empty(SnippetCompiler.Diagnose(Code, new SnippetNeeds(["ToApis.Balance", "Microsoft.Extensions.Hosting"], WebApp: false)));
    }

    [Fact]
    public void Diagnose_MonitoringTypeWithOnlyTheCorePackage_ReportsTheMissingNamespace()
    {
        var diagnostics = SnippetCompiler.Diagnose("using ToApis.Balance.Monitoring;", Core);

        Assert.Contains(diagnostics, d => d.StartsWith("1: CS0234 The type or namespace name 'Monitoring' does not exist in the namespace 'ToApis.Balance'", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_WebApplicationInAConsoleApp_ReportsTheMissingType()
    {
        const string Code = """
            using Microsoft.AspNetCore.Builder;

            var app = WebApplication.CreateBuilder(args).Build();
            app.Run();
            """;

        Assert.Contains(SnippetCompiler.Diagnose(Code, Core), d => d.StartsWith("1: CS0234", StringComparison.Ordinal));
        Assert.Empty(SnippetCompiler.Diagnose(Code, Core with { WebApp = true }));
    }
}
