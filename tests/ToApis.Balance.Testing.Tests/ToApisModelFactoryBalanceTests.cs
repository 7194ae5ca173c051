namespace ToApis.Balance.Testing.Tests;

public sealed class ToApisModelFactoryBalanceTests
{
    [Fact]
    public async Task TokenBalance_DocumentedLimitedBody_EqualsWhatTheClientReads()
    {
        var read = await ReadAsync(ToApisSandboxScenario.Limited, BalanceUnit.Usd);

        var built = ToApisModelFactory.TokenBalance(remaining: 100.0m, used: 25.5m, unlimited: false, remainingCredits: 20000m, usedCredits: 5100m, creditsPerUsd: 200m, fetchedAt: read.FetchedAt);

        Assert.Equal(built, read);
    }

    [Fact]
    public async Task TokenBalance_DocumentedUnlimitedBody_EqualsWhatTheClientReads()
    {
        var read = await ReadAsync(ToApisSandboxScenario.Unlimited, BalanceUnit.Unspecified);

        var built = ToApisModelFactory.TokenBalance(remaining: -1m, used: 25.5m, unlimited: true, unit: BalanceUnit.Unspecified, remainingCredits: 20000m, usedCredits: 5100m, fetchedAt: read.FetchedAt);

        Assert.Equal(built, read);
    }

    [Fact]
    public async Task TokenBalance_DocumentedBodyWithoutCredits_EqualsWhatTheClientReads()
    {
        var read = await ReadAsync(ToApisSandboxScenario.NoCredits, BalanceUnit.Usd);

        var built = ToApisModelFactory.TokenBalance(remaining: 10.5m, used: 2.3m, unlimited: false, creditsPerUsd: null, fetchedAt: read.FetchedAt);

        Assert.Equal(built, read);
    }

    [Fact]
    public void TokenBalance_UsdWithoutCredits_DerivesCreditsAndUsdFromTheBalance()
    {
        var balance = ToApisModelFactory.TokenBalance(remaining: 3m, used: 1.5m);

        Assert.Equal(Quota.Limited(600m), balance.RemainingCredits);
        Assert.Equal(300m, balance.UsedCredits);
        Assert.Equal(Quota.Limited(3m), balance.RemainingUsd);
        Assert.Equal(1.5m, balance.UsedUsd);
        Assert.Equal(200m, balance.CreditsPerUsd);
        Assert.Equal(BalanceUnit.Usd, balance.Unit);
    }

    [Fact]
    public void UserBalance_OtherUnitWithoutCredits_ReportsNoCreditsAndNoUsd()
    {
        var balance = ToApisModelFactory.UserBalance(remaining: 700m, unit: BalanceUnit.Cny);

        Assert.Equal(Quota.Limited(700m), balance.Remaining);
        Assert.Equal(Quota.NotReported, balance.RemainingCredits);
        Assert.Equal(Quota.NotReported, balance.RemainingUsd);
    }

    [Fact]
    public void UserBalance_OtherUnitWithCredits_ConvertsTheCreditsToUsd()
    {
        var balance = ToApisModelFactory.UserBalance(remaining: 700m, unit: BalanceUnit.Cny, remainingCredits: 20000m);

        Assert.Equal(Quota.Limited(100m), balance.RemainingUsd);
    }

    [Fact]
    public void UserBalance_GivenCredits_AreKeptOverTheDerivedOnes()
    {
        var balance = ToApisModelFactory.UserBalance(remaining: 3m, remainingCredits: 100m);

        Assert.Equal(Quota.Limited(100m), balance.RemainingCredits);
        Assert.Equal(Quota.Limited(0.5m), balance.RemainingUsd);
    }

    [Fact]
    public void TokenBalance_Unlimited_IsUnlimitedInEveryRemainingView()
    {
        var balance = ToApisModelFactory.TokenBalance(unlimited: true, used: 4m);

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.RemainingCredits);
        Assert.Equal(Quota.Unlimited, balance.RemainingUsd);
        Assert.Equal(800m, balance.UsedCredits);
    }

    [Fact]
    public void TokenBalance_MinusOneWithoutTheFlag_IsUnlimited()
    {
        Assert.True(ToApisModelFactory.TokenBalance(remaining: -1m).IsUnlimited);
    }

    [Fact]
    public void TokenBalance_MinusOneWithTheFlagFalse_IsOverdrawn()
    {
        var balance = ToApisModelFactory.TokenBalance(remaining: -1m, unlimited: false);

        Assert.Equal(Quota.Limited(-1m), balance.Remaining);
        Assert.Equal(Quota.Limited(-1m), balance.RemainingUsd);
    }

    [Fact]
    public void TokenBalance_NoArguments_ReportsNothingButTheRate()
    {
        var balance = ToApisModelFactory.TokenBalance();

        Assert.Equal(Quota.NotReported, balance.Remaining);
        Assert.Null(balance.Used);
        Assert.Equal(Quota.NotReported, balance.RemainingUsd);
        Assert.Equal(200m, balance.CreditsPerUsd);
    }

    [Fact]
    public void TokenBalance_ZeroRate_ReportsNoUsd()
    {
        var balance = ToApisModelFactory.TokenBalance(remaining: 5m, remainingCredits: 1000m, creditsPerUsd: 0m);

        Assert.Equal(Quota.NotReported, balance.RemainingUsd);
    }

    [Fact]
    public void TokenBalance_CreditsTooLargeToDerive_ThrowsArgumentOutOfRangeException()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ToApisModelFactory.TokenBalance(remaining: decimal.MaxValue / 10m));

        Assert.Equal("remaining", error.ParamName);
    }

    [Theory]
    [InlineData(5, null, "5")]
    [InlineData(-1, null, "Unlimited")]
    [InlineData(-1, false, "-1")]
    [InlineData(5, true, "Unlimited")]
    [InlineData(null, null, "NotReported")]
    [InlineData(null, true, "Unlimited")]
    public void Quota_FigureAndFlag_MapAsTheClientReadsThem(int? amount, bool? unlimited, string expected)
    {
        Assert.Equal(expected, ToApisModelFactory.Quota(amount, unlimited).ToString());
    }

    private static async Task<TokenBalance> ReadAsync(ToApisSandboxScenario scenario, BalanceUnit unit)
    {
        await using var sandbox = new ToApisSandbox { Scenario = scenario };
        using var client = sandbox.CreateClient(o => o.BalanceUnit = unit);
        return await client.GetTokenBalanceAsync();
    }
}
