using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_DocumentedBody_MapsEveryField()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var client = server.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(25.5m, balance.Used);
        Assert.Equal(Quota.Limited(20000m), balance.RemainingCredits);
        Assert.Equal(5100m, balance.UsedCredits);
        Assert.Equal(200m, balance.CreditsPerUsd);
        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(100m), balance.RemainingUsd);
        Assert.Equal(25.5m, balance.UsedUsd);
    }
}
