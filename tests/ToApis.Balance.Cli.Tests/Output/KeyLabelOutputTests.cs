using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Cli.Tests;

/// <summary>
/// What a key's label and a server's exact figures become in the machine-read outputs: a perfdata label the Monitoring
/// Plugins guidelines allow, a Prometheus label value escaped, the figures' decimals kept.
/// </summary>
public sealed class KeyLabelOutputTests : IDisposable
{
    // Keys whose shown parts (the first five characters, the last four) hold what each format must not write as is.
    private const string QuoteAndEquals = "sk-a'=0123456789abcdef'=YZ";
    private const string QuoteAndBackslash = "sk-\"\\0123456789abcdefa\\\"Z";
    private const string Plain = "sk-plain0123456789abcdPLAIN";
    private const string Body = """{"success": true, "remain_balance": 6.172839, "used_balance": 0, "remain_credits": 1234.56789123, "used_credits": 0, "credits_per_usd": 200, "unlimited_quota": false}""";

    private readonly WireMockServer server = WireMockServer.Start();

    public KeyLabelOutputTests() =>
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(Body));

    public void Dispose() => server.Stop();

    [Fact]
    public async Task PluginLine_SeveralKeys_EachItemIsQuotedWithItsKeyAndNoQuoteOrEqualsInside()
    {
        var result = await RunAsync(["--keys-stdin", "--scope", "token", "-c", "1"], $"{QuoteAndEquals}\n{Plain}\n");

        var data = result.FirstLine[(result.FirstLine.IndexOf(" | ", StringComparison.Ordinal) + 3)..];
        Assert.StartsWith("'sk-a_…__YZ remaining_credits'=1234.567891;;@~:1 'sk-a_…__YZ remaining_usd'=6.172839 ", data, StringComparison.Ordinal);
        Assert.EndsWith(" 'sk-pl…LAIN remaining_credits'=1234.567891;;@~:1 'sk-pl…LAIN remaining_usd'=6.172839", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginLine_FiguresWithManyDecimals_ShowSixOfThem()
    {
        var result = await RunAsync(["--keys-stdin", "--scope", "token", "-c", "1"], Plain);

        Assert.EndsWith(" | remaining_credits=1234.567891;;@~:1 remaining_usd=6.172839", result.FirstLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prometheus_KeyWithQuoteAndBackslash_IsEscapedInTheLabelValue()
    {
        var result = await RunAsync(["--keys-stdin", "--scope", "token", "--format", "prometheus"], QuoteAndBackslash);

        Assert.Contains("toapis_balance_up{key=\"sk-\\\"\\\\…a\\\\\\\"Z\"} 1\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prometheus_KeyWithQuoteAndBackslash_PassesPromtool()
    {
        var result = await RunAsync(["--keys-stdin", "--format", "prometheus"], $"{QuoteAndBackslash}\n{Plain}\n");

        Assert.Equal((0, string.Empty), await Promtool.CheckMetricsAsync(result.Out));
    }

    private Task<CliResult> RunAsync(string[] args, string stdin) =>
        CliRun.RunAsync([.. args, "--base-url", server.Url!, "--timeout", "10s"], stdin);
}
