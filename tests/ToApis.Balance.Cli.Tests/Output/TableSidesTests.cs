using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Cli.Tests;

/// <summary>The table when the key's and the account's balances differ: which side limits, and a figure one side leaves out.</summary>
public sealed class TableSidesTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    public void Dispose() => server.Stop();

    [Theory]
    [InlineData(1_000, 20_000, "1000 credits, 5 USD (limited by the key)")]
    [InlineData(20_000, 1_000, "1000 credits, 5 USD (limited by the account)")]
    public async Task Table_SidesDiffer_TheEffectiveRemainingSaysWhichSideLimits(int key, int account, string effective)
    {
        var result = await RunAsync(Body(key), Body(account));

        Assert.Contains("  Effective remaining: " + effective + "\n", result.Out);
    }

    [Fact]
    public async Task Table_ASideWithoutCredits_SaysNotReportedInItsCellAndForTheEffective()
    {
        var result = await RunAsync("""{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "unlimited_quota": false}""", Body(20_000));

        Assert.Matches(@"│ Remaining credits +│ +not reported │ +20000 │", result.Out);
        Assert.Contains("  Effective remaining: not reported (a side did not report its credits)\n", result.Out);
    }

    private static string Body(int credits) =>
        $$"""{"success": true, "remain_balance": {{credits / 200}}, "used_balance": 1, "remain_credits": {{credits}}, "used_credits": 200, "credits_per_usd": 200, "unlimited_quota": false}""";

    private Task<CliResult> RunAsync(string key, string account)
    {
        server.Given(Request.Create().WithPath("/v1/balance").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(key));
        server.Given(Request.Create().WithPath("/v1/user/balance").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(account));
        return CliRun.RunAsync(["--base-url", server.Url!], variables: CliRun.WithKey());
    }
}
