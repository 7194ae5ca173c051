using ToApis.Balance.Tests.TestSupport;
using static ToApis.Balance.Tests.TestSupport.BalanceEndpoints;

namespace ToApis.Balance.Tests;

/// <summary>Every body the contract documents, through real HTTP on both endpoints.</summary>
public sealed class DocumentedBodyTests
{
    public static TheoryData<string, string> UnlimitedWithoutFlag => BalanceEndpoints.Cross(
        """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200}""",
        """{"success": true, "remain_balance": -1.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": null}""",
        """{"success": true, "remain_balance": "-1", "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200}""");

    public static TheoryData<string, string> OverdrawnWithFlagFalse => BalanceEndpoints.Cross(
        """{"success":true,"remain_balance":-1,"unlimited_quota":false,"remain_credits":-200}""",
        """{"success":true,"remain_balance":-1.0,"unlimited_quota":"false","remain_credits":-200}""",
        """{"success":true,"remain_balance":"-1","unlimited_quota":0,"remain_credits":"-200"}""");

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_FullBody_MapsEveryField(string path)
    {
        var balance = await GetAsync(path, Bodies.Full);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(100m),
                Used = 25.5m,
                RemainingCredits = Quota.Limited(20000m),
                UsedCredits = 5100m,
                CreditsPerUsd = 200m,
                Unit = BalanceUnit.Unspecified,
                RemainingUsd = Quota.Limited(100m),
                UsedUsd = 25.5m,
            }),
            balance);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Call_RequestsTokenPathOnce()
    {
        using var server = new TestServer();
        server.Respond(Token, 200, Bodies.Full);
        using var client = server.CreateClient();

        await client.GetTokenBalanceAsync();

        Assert.Equal(1, server.CountRequests(Token));
    }

    [Fact]
    public async Task GetUserBalanceAsync_Call_RequestsUserPathOnce()
    {
        using var server = new TestServer();
        server.Respond(User, 200, Bodies.Full);
        using var client = server.CreateClient();

        await client.GetUserBalanceAsync();

        Assert.Equal(1, server.CountRequests(User));
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_UnlimitedBody_EveryRemainingIsUnlimited(string path)
    {
        var balance = await GetAsync(path, Bodies.Unlimited);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Unlimited,
                Used = 25.5m,
                RemainingCredits = Quota.Unlimited,
                UsedCredits = 5100m,
                CreditsPerUsd = 200m,
                RemainingUsd = Quota.Unlimited,
                UsedUsd = 25.5m,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(UnlimitedWithoutFlag))]
    public async Task GetBalance_RemainBalanceMinusOneWithoutFlag_IsUnlimited(string path, string body)
    {
        var balance = await GetAsync(path, body);

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.Remaining);
        Assert.Equal(Quota.Unlimited, balance.RemainingCredits);
        Assert.Equal(Quota.Unlimited, balance.RemainingUsd);
    }

    [Theory]
    [MemberData(nameof(OverdrawnWithFlagFalse))]
    public async Task GetBalance_MinusOneWithUnlimitedFlagFalse_IsAnOverdrawnAmount(string path, string body)
    {
        var balance = await GetAsync(path, body);

        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(-1m), balance.Remaining);
        Assert.Equal(Quota.Limited(-200m), balance.RemainingCredits);
        Assert.Equal(Quota.Limited(-1m), balance.RemainingUsd);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_UnlimitedFlagWithPositiveBalance_IsUnlimited(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 50, "used_balance": 1, "remain_credits": 10000, "used_credits": 200, "credits_per_usd": 200, "unlimited_quota": true}""");

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.Remaining);
        Assert.Equal(Quota.Unlimited, balance.RemainingCredits);
        Assert.Equal(Quota.Unlimited, balance.RemainingUsd);
        Assert.Equal(1m, balance.Used);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_BodyWithoutCredits_CreditsNotReportedNeverZero(string path)
    {
        var balance = await GetAsync(path, Bodies.WithoutCredits);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(10.5m),
                Used = 2.3m,
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
    public async Task GetBalance_MinimalUnlimitedBody_UnlimitedAndNothingElseReported(string path)
    {
        var balance = await GetAsync(path, Bodies.Minimal);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Unlimited,
                Used = null,
                RemainingCredits = Quota.Unlimited,
                UsedCredits = null,
                CreditsPerUsd = null,
                RemainingUsd = Quota.Unlimited,
                UsedUsd = null,
            }),
            balance);
    }
}
