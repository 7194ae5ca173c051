using ToApis.Balance.Tests.TestSupport;
using static ToApis.Balance.Tests.TestSupport.BalanceEndpoints;

namespace ToApis.Balance.Tests;

/// <summary>The configured unit, the USD view derived from credits, and balances below zero.</summary>
public sealed class UnitAndUsdViewTests
{
    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_OneCredit_UsdViewIsExactDecimal(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 0.005, "used_balance": 0.015, "remain_credits": 1, "used_credits": 3, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(0.005m), balance.RemainingUsd);
        Assert.Equal(0.015m, balance.UsedUsd);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_CreditsWithRate_UsdIsCreditsOverRate(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 700, "used_balance": 70, "remain_credits": 20000, "used_credits": 2000, "credits_per_usd": 500, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(40m), balance.RemainingUsd);
        Assert.Equal(4m, balance.UsedUsd);
        Assert.Equal(500m, balance.CreditsPerUsd);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_CreditsWithoutRate_UsesTwoHundredCreditsPerUsd(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 700, "used_balance": 70, "remain_credits": 20000, "used_credits": 5100, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(100m), balance.RemainingUsd);
        Assert.Equal(25.5m, balance.UsedUsd);
        Assert.Null(balance.CreditsPerUsd);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_BalanceInAnotherUnit_UsdStillFromCredits(string path)
    {
        // 720 yuan displayed; the credits alone say how many dollars that is.
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 720, "used_balance": 36, "remain_credits": 20000, "used_credits": 1000, "credits_per_usd": 200, "unlimited_quota": false}""", BalanceUnit.Cny);

        Assert.Equal(Quota.Limited(720m), balance.Remaining);
        Assert.Equal(Quota.Limited(100m), balance.RemainingUsd);
        Assert.Equal(5m, balance.UsedUsd);
        Assert.Equal(BalanceUnit.Cny, balance.Unit);
    }

    [Theory]
    [InlineData(Token, BalanceUnit.Usd)]
    [InlineData(Token, BalanceUnit.Cny)]
    [InlineData(Token, BalanceUnit.Tokens)]
    [InlineData(User, BalanceUnit.Usd)]
    [InlineData(User, BalanceUnit.Cny)]
    [InlineData(User, BalanceUnit.Tokens)]
    public async Task GetBalance_BalanceUnitInOptions_CarriedIntoUnit(string path, BalanceUnit unit)
    {
        var balance = await GetAsync(path, Bodies.Full, unit);

        Assert.Equal(unit, balance.Unit);
    }

    [Theory]
    [MemberData(nameof(BalanceEndpoints.Both), MemberType = typeof(BalanceEndpoints))]
    public async Task GetBalance_NoBalanceUnitInOptions_UnitUnspecified(string path)
    {
        var balance = await GetAsync(path, Bodies.Full);

        Assert.Equal(BalanceUnit.Unspecified, balance.Unit);
    }

    [Theory]
    [InlineData(Token, "-5.5")]
    [InlineData(Token, "-0.5")]
    [InlineData(Token, "-1.5")]
    [InlineData(Token, "-2")]
    [InlineData(User, "-5.5")]
    [InlineData(User, "-0.5")]
    [InlineData(User, "-1.5")]
    [InlineData(User, "-2")]
    public async Task GetBalance_OverdrawnBalanceOtherThanMinusOne_StaysLimited(string path, string remain)
    {
        var balance = await GetAsync(path, "{\"success\": true, \"remain_balance\": " + remain + ", \"used_balance\": 30, \"unlimited_quota\": false}");

        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(decimal.Parse(remain, System.Globalization.CultureInfo.InvariantCulture)), balance.Remaining);
    }

    [Theory]
    [InlineData(Token, "0")]
    [InlineData(Token, "-200")]
    [InlineData(User, "0")]
    public async Task GetBalance_RateOfZeroOrLess_UsdViewNotReported(string path, string rate)
    {
        var balance = await GetAsync(path, "{\"success\": true, \"remain_balance\": 100, \"remain_credits\": 20000, \"used_credits\": 5100, \"credits_per_usd\": " + rate + "}");

        Assert.False(balance.RemainingUsd.IsReported);
        Assert.Null(balance.UsedUsd);
        Assert.Equal(Quota.Limited(20000m), balance.RemainingCredits);
    }
}
