using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Cli.Tests;

/// <summary>Every error in the tool's terms: what the operator typed or set, never an SDK type or property.</summary>
public sealed class MessageTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    [Fact]
    public async Task BaseUrl_PlainHttpToAHost_NamesTheOption()
    {
        var result = await CliRun.RunAsync(["--base-url", "http://example.com"], variables: CliRun.WithKey());

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("toapis-balance: --base-url must use https (plain http is allowed for loopback only, so the API key never crosses a network in clear text); it is 'http://example.com'.\n", result.Error);
    }

    [Fact]
    public async Task BaseUrlVariable_PlainHttpToAHost_NamesTheVariable()
    {
        var result = await CliRun.RunAsync([], variables: new Dictionary<string, string> { ["TOAPIS_API_KEY"] = CliRun.Key, ["TOAPIS_BASE_URL"] = "http://example.com" });

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("toapis-balance: TOAPIS_BASE_URL must use https", result.Error);
    }

    [Fact]
    public async Task Timeout_OutOfTheSdksRange_NamesTheOptionOnce()
    {
        // --timeout sets both of the SDK's timeouts: one mistake, said once.
        var result = await CliRun.RunAsync(["--sandbox", "--timeout", "0.001ms"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("toapis-balance: --timeout must be between 10 milliseconds and 24 hours; it is 00:00:00.0000010.\n", result.Error);
    }

    [Fact]
    public async Task NoBalanceEndpoint_PointsAtTheBaseUrlOption()
    {
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(404));

        var result = await RealAsync([], stdin: string.Empty, variables: CliRun.WithKey());

        Assert.Equal($"toapis-balance: could not read the balance: ToAPIs has no balance endpoint here (HTTP 404). Check --base-url ({server.Url}).\n", result.Error);
    }

    [Fact]
    public async Task FailureAfterRetries_SaysHowManyAttemptsOverHowLong()
    {
        // 503 with Retry-After: 0 is retried at once, so the default 3 retries take no time.
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));

        var result = await CliRun.RunAsync(["--base-url", server.Url!, "--scope", "user"], variables: CliRun.WithKey(), time: TimeProvider.System);

        Assert.Equal(3, result.ExitCode);
        Assert.Matches(@"\. Gave up after 4 attempts in \d+\.\d s\.\n$", result.Error);
    }

    [Theory]
    [InlineData("unauthorized")]
    [InlineData("key-not-found")]
    [InlineData("user-not-found")]
    [InlineData("rate-limited")]
    [InlineData("limited")]
    public async Task EveryOutput_NamesNoSdkTypeOrProperty(string scenario)
    {
        foreach (var format in new[] { "table", "json", "prometheus" })
        {
            var result = await CliRun.RunAsync(["--sandbox", scenario, "--format", format, "-w", "10"]);

            Assert.DoesNotMatch(@"ToApisBalanceClientOptions|\b(BaseAddress|ApiKey|TotalTimeout|AttemptTimeout|MaxRetryAfter|MaxRetryAttempts|RetryBaseDelay|MaxStaleness|BalanceUnit)\b", result.All);
        }
    }

    public void Dispose() => server.Stop();

    private Task<CliResult> RealAsync(string[] args, string stdin, IReadOnlyDictionary<string, string>? variables = null) =>
        CliRun.RunAsync([.. args, "--base-url", server.Url!], stdin, variables);
}
