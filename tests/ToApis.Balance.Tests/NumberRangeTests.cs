using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>
/// Numbers at the edges of what a <see cref="decimal"/> holds: a derived view that overflows is not reported,
/// a sent figure that does not fit is an invalid response naming its field, never an escaping arithmetic error.
/// </summary>
public sealed class NumberRangeTests
{
    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_CreditsOverATinyRateOverflowTheUsdView_UsdNotReportedOtherFiguresKept(string path)
    {
        var balance = await BalanceEndpoints.GetAsync(path, """{"success":true,"remain_balance":1,"remain_credits":79228162514264337593543950335,"used_credits":79228162514264337593543950335,"credits_per_usd":0.0000000000000000000000000001}""");

        Assert.Equal(Quota.Limited(1m), balance.Remaining);
        Assert.Equal(Quota.Limited(decimal.MaxValue), balance.RemainingCredits);
        Assert.Equal(decimal.MaxValue, balance.UsedCredits);
        Assert.Equal(0.0000000000000000000000000001m, balance.CreditsPerUsd);
        Assert.Equal(Quota.NotReported, balance.RemainingUsd);
        Assert.Null(balance.UsedUsd);
    }

    [Theory]
    [InlineData("remain_balance", "1e40")]
    [InlineData("used_balance", "-1e40")]
    [InlineData("remain_credits", "\"1e40\"")]
    [InlineData("used_credits", "79228162514264337593543950336")]
    [InlineData("credits_per_usd", "1e40")]
    public async Task GetTokenBalanceAsync_NumberThatDoesNotFitADecimal_ThrowsInvalidResponseNamingTheField(string field, string value)
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, $$"""{"success": true, "{{field}}": {{value}}}""");
        using var client = server.CreateClient(TestServer.NoRetries);

        var exception = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Contains($"('{field}' is not a number a decimal can hold)", exception.Message, StringComparison.Ordinal);
        Assert.Equal(200, exception.StatusCode);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("\"ten\"")]
    [InlineData("true")]
    [InlineData("{}")]
    public async Task GetTokenBalanceAsync_RemainBalanceThatIsNotANumber_ThrowsInvalidResponseNamingTheField(string value)
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, $$"""{"success": true, "remain_balance": {{value}}}""");
        using var client = server.CreateClient(TestServer.NoRetries);

        var exception = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("'remain_balance'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_MessageWithALoneSurrogateEscape_ThrowsInvalidResponseNamingTheField()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, """{"success": false, "message": "\uD800"}""");
        using var client = server.CreateClient(TestServer.NoRetries);

        var exception = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("'message'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_NumberBelowTheSmallestDecimal_ReadsAsZero()
    {
        var balance = await BalanceEndpoints.GetAsync(TestServer.TokenPath, """{"success": true, "remain_balance": 1e-40, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(0m), balance.Remaining);
    }
}
