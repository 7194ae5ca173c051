using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Cli.Tests;

/// <summary><c>--sandbox</c> says so wherever a person or a machine reads, and refuses what it would ignore.</summary>
public sealed class SandboxTests : IDisposable
{
    private const string Body = """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""";

    private readonly WireMockServer server = WireMockServer.Start();

    public SandboxTests() =>
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(Body));

    [Fact]
    public async Task PluginLine_Sandbox_SaysSandboxAfterTheState()
    {
        // -w right after --sandbox: a known option is never taken for the optional scenario, so limited plays.
        var result = await CliRun.RunAsync(["--sandbox", "-w", "2000"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE OK - SANDBOX - 20000 credits (100 USD) left | ", result.FirstLine);
    }

    [Fact]
    public async Task PluginLine_RealServer_HasNoSandboxMarker()
    {
        var result = await RealAsync("-w", "2000");

        Assert.StartsWith("TOAPIS BALANCE OK - 20000 credits (100 USD) left | ", result.FirstLine);
    }

    [Fact]
    public async Task Table_Sandbox_OpensWithTheBannerAndTheScenario()
    {
        var result = await CliRun.RunAsync(["--sandbox", "low"]);

        Assert.StartsWith(" SANDBOX  scenario low: the built-in sandbox's figures, not a ToAPIs account's\n", result.Out);
    }

    [Fact]
    public async Task Table_RealServer_HasNoBanner()
    {
        var result = await RealAsync();

        Assert.DoesNotContain("SANDBOX", result.Out);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Json_SandboxField_SaysWhetherTheFiguresAreTheSandboxs(bool sandbox)
    {
        var result = sandbox ? await CliRun.RunAsync(["--sandbox", "--format", "json"]) : await RealAsync("--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(sandbox, json.RootElement.GetProperty("sandbox").GetBoolean());
    }

    [Theory]
    [InlineData(true, "1")]
    [InlineData(false, "0")]
    public async Task Prometheus_SandboxGauge_IsOneForTheSandboxElseZero(bool sandbox, string value)
    {
        var result = sandbox ? await CliRun.RunAsync(["--sandbox", "--format", "prometheus"]) : await RealAsync("--format", "prometheus");

        Assert.Contains("# TYPE toapis_balance_sandbox gauge\ntoapis_balance_sandbox " + value + "\n", result.Out);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Prometheus_WithTheSandboxGauge_PassesPromtool(bool sandbox)
    {
        var result = sandbox ? await CliRun.RunAsync(["--sandbox", "--format", "prometheus"]) : await RealAsync("--format", "prometheus");

        // The consumer's own check (Debian package prometheus): exposition format, HELP and TYPE, metric naming.
        Assert.Equal((0, string.Empty), await Promtool.CheckMetricsAsync(result.Out));
    }

    [Theory]
    [InlineData("--base-url", "--base-url", "http://127.0.0.1:1")]
    [InlineData("--api-key-stdin", "--api-key-stdin", null)]
    [InlineData("--keys-stdin", "--keys-stdin", null)]
    public async Task Sandbox_WithAnOptionItWouldIgnore_IsAUsageErrorNamingBoth(string named, string option, string? value)
    {
        var result = await CliRun.RunAsync(value is null ? ["--sandbox", option] : ["--sandbox", option, value], stdin: CliRun.Key + "\n");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"toapis-balance: --sandbox and {named} cannot be used together", line);
    }

    [Fact]
    public async Task Sandbox_WithAKeyInTheEnvironment_NotesItUnusedWithoutItsValue()
    {
        var result = await CliRun.RunAsync(["--sandbox"], variables: CliRun.WithKey());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("toapis-balance: TOAPIS_API_KEY is set but not used: --sandbox has its own key and address.\n", result.Error);
        Assert.DoesNotContain(CliRun.Key, result.All);
    }

    [Fact]
    public async Task Sandbox_WithTheKeyAndAddressVariables_NamesBothInOneNote()
    {
        var result = await CliRun.RunAsync(["--sandbox"], variables: new Dictionary<string, string> { ["TOAPIS_API_KEY"] = CliRun.Key, ["TOAPIS_BASE_URL"] = "https://example.com" });

        Assert.Equal("toapis-balance: TOAPIS_API_KEY and TOAPIS_BASE_URL are set but not used: --sandbox has its own key and address.\n", result.Error);
    }

    public void Dispose() => server.Stop();

    private Task<CliResult> RealAsync(params string[] args) =>
        CliRun.RunAsync([.. args, "--base-url", server.Url!], variables: CliRun.WithKey());
}
