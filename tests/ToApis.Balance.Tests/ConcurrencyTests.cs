using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

public sealed class ConcurrencyTests
{
    private const int Calls = 1_000;

    [Fact]
    public async Task GetBalanceAsync_1000ConcurrentMixedCallsOnOneClient_AllSucceedWithTheirOwnValues()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        server.Respond(TestServer.UserPath, 200, Bodies.WithoutCredits);
        // A fake clock that never moves: the attempt timeout cannot fire however slowly a loaded machine answers.
        using var client = server.CreateClient(new RecordingTimeProvider(), o => o.MaxRetryAttempts = 0);

        var results = await Task.WhenAll(Enumerable.Range(0, Calls).Select(Call));

        Assert.Equal(Calls / 2, results.OfType<TokenBalance>().Count(b => b.Remaining == Quota.Limited(100m) && b.RemainingCredits == Quota.Limited(20000m)));
        Assert.Equal(Calls / 2, results.OfType<UserBalance>().Count(b => b.Remaining == Quota.Limited(10.5m) && !b.RemainingCredits.IsReported));
        Assert.Equal(Calls / 2, server.CountRequests(TestServer.TokenPath));
        Assert.Equal(Calls / 2, server.CountRequests(TestServer.UserPath));

        async Task<BalanceSnapshot> Call(int i) =>
            i % 2 == 0 ? await client.GetTokenBalanceAsync() : await client.GetUserBalanceAsync();
    }
}
