using ToApis.Balance.Tests.TestSupport;
using static ToApis.Balance.Tests.TestSupport.BalanceEndpoints;

namespace ToApis.Balance.Tests;

/// <summary>Every liberty the contract says the server takes with its bodies: strings for numbers, nulls, unknown fields.</summary>
public sealed class LenientParsingTests
{
    public static TheoryData<string, string> NotABalance => BalanceEndpoints.Cross("null", "{}", """{"data": {"balance": 1}}""", "[]", "\"balance\"", "42", "true");

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_NumbersAsStrings_ParsedAsNumbers(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": "10.5", "used_balance": "2.3", "remain_credits": "2100", "used_credits": "460", "credits_per_usd": "200", "unlimited_quota": false}""");

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(10.5m),
                Used = 2.3m,
                RemainingCredits = Quota.Limited(2100m),
                UsedCredits = 460m,
                CreditsPerUsd = 200m,
                RemainingUsd = Quota.Limited(10.5m),
                UsedUsd = 2.3m,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_Integers_ParsedExactly(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 500000000000, "used_balance": 0, "remain_credits": 7, "used_credits": 0, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(500000000000m), balance.Remaining);
        Assert.Equal(0m, balance.Used);
        Assert.Equal(Quota.Limited(7m), balance.RemainingCredits);
        Assert.Equal(0m, balance.UsedCredits);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_ManyDecimals_KeptExactly(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 12345.6789012345678901234, "used_balance": 0.1, "remain_credits": 0.0000000001, "used_credits": 3.3333333333333333333333333, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(12345.6789012345678901234m, balance.Remaining.Amount);
        Assert.Equal(0.1m, balance.Used);
        Assert.Equal(0.0000000001m, balance.RemainingCredits.Amount);
        Assert.Equal(3.3333333333333333333333333m, balance.UsedCredits);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_NullFields_NotReportedNeverZero(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 5, "used_balance": null, "remain_credits": null, "used_credits": null, "credits_per_usd": null, "unlimited_quota": null}""");

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(5m),
                Used = null,
                RemainingCredits = Quota.NotReported,
                UsedCredits = null,
                CreditsPerUsd = null,
                RemainingUsd = Quota.NotReported,
                UsedUsd = null,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_NullRemainBalance_RemainingNotReported(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": null, "used_balance": 2, "remain_credits": 400, "used_credits": 400, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(Quota.NotReported, balance.Remaining);
        Assert.Equal(Quota.Limited(400m), balance.RemainingCredits);
        Assert.Equal(Quota.Limited(2m), balance.RemainingUsd);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_UnknownExtraFields_Ignored(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "currency": "USD", "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false, "object": {"nested": [1, "two", null, {"x": true}]}, "expires_at": -1, "message": ""}""");

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(100m),
                Used = 25.5m,
                RemainingCredits = Quota.Limited(20000m),
                UsedCredits = 5100m,
                CreditsPerUsd = 200m,
                RemainingUsd = Quota.Limited(100m),
                UsedUsd = 25.5m,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_BooleansAsStringsTrue_IsUnlimited(string path)
    {
        var balance = await GetAsync(path, """{"success": "true", "remain_balance": 100, "used_balance": 1, "unlimited_quota": "true"}""");

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.Remaining);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_BooleansAsStringsFalse_IsLimited(string path)
    {
        var balance = await GetAsync(path, """{"success": "true", "remain_balance": 100, "used_balance": 1, "unlimited_quota": "false"}""");

        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_SuccessTrueAndNothingElse_EverythingNotReported(string path)
    {
        var balance = await GetAsync(path, """{"success": true}""");

        Assert.Equal(Expected(path, new TokenBalance()), balance);
        Assert.False(balance.Remaining.IsReported);
        Assert.False(balance.IsUnlimited);
    }

    [Theory]
    [MemberData(nameof(NotABalance))]
    public async Task GetBalance_JsonThatIsNotABalance_ThrowsInvalidResponse(string path, string body)
    {
        using var server = new TestServer();
        server.Respond(path, 200, body);
        using var client = server.CreateClient();

        var exception = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => CallAsync(client, path));

        Assert.Equal(200, exception.StatusCode);
        Assert.Equal(body, exception.BodyExcerpt);
    }
}
