namespace ToApis.Balance.Tests;

/// <summary>The balance's meaning, defined once: percent remaining, exhausted, thresholds and the status rule.</summary>
public sealed class BalanceFiguresTests
{
    /// <summary>An account with 10 % left: 4,000 credits (20 USD) of 40,000.</summary>
    private static readonly UserBalance Account = new() { Remaining = Quota.Limited(20m), Used = 180m, RemainingCredits = Quota.Limited(4000m), UsedCredits = 36000m, RemainingUsd = Quota.Limited(20m) };

    private static readonly TokenBalance UnlimitedKey = new() { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited, RemainingUsd = Quota.Unlimited };

    [Fact]
    public void Of_CreditsAndUsedCredits_PercentOfTheirSum()
    {
        var figures = BalanceFigures.Of(new TokenBalance { Remaining = Quota.Limited(100m), Used = 25.5m, RemainingCredits = Quota.Limited(20000m), UsedCredits = 5000m });

        Assert.Equal(Quota.Limited(80m), figures.PercentRemaining);
        Assert.Equal(Quota.Limited(20000m), figures.Credits);
        Assert.Equal(Quota.Limited(100m), figures.Balance);
    }

    [Fact]
    public void PercentRemaining_NoCredits_FromTheBalance()
    {
        Assert.Equal(Quota.Limited(75m), new TokenBalance { Remaining = Quota.Limited(30m), Used = 10m }.PercentRemaining);
    }

    [Fact]
    public void PercentRemaining_CreditsWithoutUsedCredits_FromTheBalance()
    {
        var balance = new TokenBalance { Remaining = Quota.Limited(30m), Used = 10m, RemainingCredits = Quota.Limited(6000m) };

        Assert.Equal(Quota.Limited(75m), balance.PercentRemaining);
    }

    [Fact]
    public void PercentRemaining_UsedNotReportedAnywhere_NotReported()
    {
        Assert.Equal(Quota.NotReported, new UserBalance { Remaining = Quota.Limited(30m), RemainingCredits = Quota.Limited(6000m) }.PercentRemaining);
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(0)]
    public void PercentRemaining_AtOrBelowZero_ZeroNeverNegative(int remaining)
    {
        Assert.Equal(Quota.Limited(0m), new UserBalance { Remaining = Quota.Limited(remaining), Used = 53m }.PercentRemaining);
        Assert.Equal(Quota.Limited(0m), new UserBalance { RemainingCredits = Quota.Limited(remaining * 200), UsedCredits = 10600m }.PercentRemaining);
    }

    [Fact]
    public void PercentRemaining_OverdrawnWithoutUsed_Zero()
    {
        Assert.Equal(Quota.Limited(0m), new UserBalance { RemainingCredits = Quota.Limited(-500m) }.PercentRemaining);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void PercentRemaining_NothingUsed_Hundred(int used)
    {
        Assert.Equal(Quota.Limited(100m), new UserBalance { RemainingCredits = Quota.Limited(500m), UsedCredits = used }.PercentRemaining);
    }

    [Fact]
    public void PercentRemaining_FiguresNearDecimalsMaximum_NoOverflow()
    {
        var balance = new UserBalance { RemainingCredits = Quota.Limited(decimal.MaxValue), UsedCredits = decimal.MaxValue };

        Assert.Equal(50m, balance.PercentRemaining.Amount!.Value, 10);
    }

    [Fact]
    public void PercentRemaining_NothingLeftAndNothingUsed_Zero()
    {
        Assert.Equal(Quota.Limited(0m), new UserBalance { RemainingCredits = Quota.Limited(0m), UsedCredits = 0m }.PercentRemaining);
    }

    [Fact]
    public void PercentRemaining_UnlimitedBalanceWithLimitedCredits_Unlimited()
    {
        Assert.Equal(Quota.Unlimited, new UserBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Limited(100m), UsedCredits = 50m }.PercentRemaining);
    }

    [Fact]
    public void PercentRemaining_Unlimited_Unlimited()
    {
        Assert.Equal(Quota.Unlimited, (UnlimitedKey with { Used = 25.5m }).PercentRemaining);
    }

    [Fact]
    public void Of_Both_TheSmallerOfEachFigure()
    {
        var balances = new Balances(
            new TokenBalance { Remaining = Quota.Limited(50m), Used = 50m, RemainingCredits = Quota.Limited(10000m), UsedCredits = 10000m, RemainingUsd = Quota.Limited(50m) },
            Account);

        Assert.Equal(BalanceFigures.Of(Account), BalanceFigures.Of(balances));
        Assert.Equal(Quota.Limited(10m), balances.EffectivePercentRemaining);
    }

    [Fact]
    public void Of_BothWithAnUnlimitedKey_TheAccountsFigures()
    {
        Assert.Equal(BalanceFigures.Of(Account), BalanceFigures.Of(new Balances(UnlimitedKey, Account)));
    }

    [Fact]
    public void Of_BothWithASideNotReportingUsed_PercentNotReportedButBounded()
    {
        var figures = BalanceFigures.Of(new Balances(new TokenBalance { Remaining = Quota.Limited(50m), RemainingCredits = Quota.Limited(10000m) }, Account));

        Assert.Equal(Quota.NotReported, figures.PercentRemaining);
        Assert.Equal(10m, figures.AtMost(ThresholdMeasure.PercentRemaining));
    }

    [Fact]
    public void AtMost_BothWithAnUnlimitedSideAndOneNotReported_NoBound()
    {
        var figures = BalanceFigures.Of(new Balances(UnlimitedKey, new UserBalance { Remaining = Quota.Limited(5m) }));

        Assert.Equal(Quota.NotReported, figures.Credits);
        Assert.Null(figures.AtMost(ThresholdMeasure.Credits));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-500, true)]
    [InlineData(0.01, false)]
    public void IsExhausted_CreditsAtOrBelowZero(decimal credits, bool exhausted)
    {
        var balance = new TokenBalance { RemainingCredits = Quota.Limited(credits), Remaining = Quota.Limited(50m) };

        Assert.Equal(exhausted, balance.IsExhausted);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-2.5, true)]
    [InlineData(3, false)]
    public void IsExhausted_NoCredits_TheBalanceDecides(decimal remaining, bool exhausted)
    {
        Assert.Equal(exhausted, new UserBalance { Remaining = Quota.Limited(remaining) }.IsExhausted);
    }

    [Fact]
    public void IsExhausted_Unlimited_Never()
    {
        Assert.False(UnlimitedKey.IsExhausted);
    }

    [Fact]
    public void IsExhausted_BothWithOneSideAtZeroAndTheOtherNotReporting_Exhausted()
    {
        var balances = new Balances(new TokenBalance { RemainingCredits = Quota.Limited(0m) }, new UserBalance { Remaining = Quota.Limited(10m) });

        Assert.Equal(Quota.NotReported, balances.EffectiveRemainingCredits);
        Assert.True(balances.IsExhausted);
    }

    [Fact]
    public void Judge_ThresholdExactlyAtTheFigure_Crossed()
    {
        Assert.Equal(ThresholdState.Crossed, BalanceFigures.Of(Account).Judge(BalanceThreshold.Credits(4000m, AlertLevel.Warning)));
        Assert.Equal(ThresholdState.Clear, BalanceFigures.Of(Account).Judge(BalanceThreshold.Credits(3999.99m, AlertLevel.Warning)));
    }

    [Fact]
    public void Judge_Unlimited_ClearWhateverTheValue()
    {
        Assert.Equal(ThresholdState.Clear, BalanceFigures.Of(UnlimitedKey).Judge(BalanceThreshold.Usd(decimal.MaxValue, AlertLevel.Critical)));
    }

    [Fact]
    public void Judge_NotReported_UnknownNeverZero()
    {
        var figures = BalanceFigures.Of(new UserBalance { RemainingCredits = Quota.Limited(5m) });

        Assert.Equal(ThresholdState.Unknown, figures.Judge(BalanceThreshold.Balance(1m, AlertLevel.Warning)));
    }

    [Fact]
    public void Judge_OneSideNotReportingAndTheOtherBelow_CrossedByTheBound()
    {
        var figures = BalanceFigures.Of(new Balances(new TokenBalance { Remaining = Quota.Limited(1m) }, Account));

        Assert.Equal(ThresholdState.Crossed, figures.Judge(BalanceThreshold.Credits(5000m, AlertLevel.Warning)));
        Assert.Equal(ThresholdState.Unknown, figures.Judge(BalanceThreshold.Credits(3000m, AlertLevel.Warning)));
    }

    [Fact]
    public void Evaluate_ExhaustedWithoutThresholds_Critical()
    {
        var status = BalanceFigures.Of(new UserBalance { RemainingCredits = Quota.Limited(-500m) }).Evaluate(null);

        Assert.Equal(new BalanceStatus { Level = AlertLevel.Critical, IsExhausted = true }, status);
    }

    [Fact]
    public void Evaluate_NoThresholdsAndAPositiveBalance_Ok()
    {
        Assert.Equal(new BalanceStatus(), BalanceFigures.Of(Account).Evaluate([]));
    }

    [Fact]
    public void Evaluate_NeitherCreditsNorBalanceReported_Unknown()
    {
        var status = BalanceFigures.Of(new TokenBalance { Used = 3m }).Evaluate(null);

        Assert.True(status.IsUnknown);
        Assert.Null(status.Undecided);
    }

    [Fact]
    public void Evaluate_WarningAndCriticalCrossed_CriticalWithItsThreshold()
    {
        var critical = BalanceThreshold.Credits(5000m, AlertLevel.Critical);

        var status = BalanceFigures.Of(Account).Evaluate([BalanceThreshold.Credits(8000m, AlertLevel.Warning), critical]);

        Assert.Equal((AlertLevel.Critical, critical, false), (status.Level, status.Threshold, status.IsUnknown));
    }

    [Fact]
    public void Evaluate_TwoCrossedAtOneLevel_ReportsTheTighter()
    {
        var tighter = BalanceThreshold.PercentRemaining(25m, AlertLevel.Warning);

        var status = BalanceFigures.Of(Account).Evaluate([BalanceThreshold.PercentRemaining(50m, AlertLevel.Warning), tighter]);

        Assert.Same(tighter, status.Threshold);
    }

    [Fact]
    public void Evaluate_WarningCrossedAndCriticalNotReported_Unknown()
    {
        var critical = BalanceThreshold.Balance(30m, AlertLevel.Critical);
        var figures = BalanceFigures.Of(Account with { Remaining = Quota.NotReported });

        var status = figures.Evaluate([BalanceThreshold.Credits(8000m, AlertLevel.Warning), critical]);

        Assert.Equal((AlertLevel.Warning, true), (status.Level, status.IsUnknown));
        Assert.Same(critical, status.Undecided);
    }

    [Fact]
    public void Evaluate_CriticalCrossedAndWarningNotReported_CriticalKnown()
    {
        var figures = BalanceFigures.Of(Account with { Remaining = Quota.NotReported });

        var status = figures.Evaluate([BalanceThreshold.Balance(30m, AlertLevel.Warning), BalanceThreshold.Credits(5000m, AlertLevel.Critical)]);

        Assert.Equal((AlertLevel.Critical, false), (status.Level, status.IsUnknown));
    }

    [Fact]
    public void Evaluate_Unlimited_OkWhateverTheThresholds()
    {
        var status = BalanceFigures.Of(UnlimitedKey).Evaluate([BalanceThreshold.PercentRemaining(100m, AlertLevel.Warning), BalanceThreshold.Usd(99999999m, AlertLevel.Critical)]);

        Assert.Equal(new BalanceStatus(), status);
    }
}
