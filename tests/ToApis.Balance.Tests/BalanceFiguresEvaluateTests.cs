namespace ToApis.Balance.Tests;

/// <summary>
/// Which threshold <see cref="BalanceFigures.Evaluate"/> reports and when its status is unknown: the highest level
/// crossed, the first of equals, the lowest value on one measure; unknown only for a higher level than that.
/// </summary>
public sealed class BalanceFiguresEvaluateTests
{
    /// <summary>100 credits left; the US dollars not reported.</summary>
    private static readonly BalanceFigures Figures = BalanceFigures.Of(new TokenBalance { RemainingCredits = Quota.Limited(100m), UsedCredits = 900m });

    /// <summary>Crossed at Warning beside 500 credits, none tighter: another measure (even at a lower value), or the same value.</summary>
    public static TheoryData<BalanceThreshold> NotTighterAtWarning => new()
    {
        BalanceThreshold.PercentRemaining(50m, AlertLevel.Warning),
        BalanceThreshold.PercentRemaining(20m, AlertLevel.Warning),
        BalanceThreshold.Credits(500m, AlertLevel.Warning),
    };

    [Fact]
    public void Evaluate_NullEntryAndAnOkLevelThreshold_Skipped()
    {
        var status = Figures.Evaluate([null!, BalanceThreshold.Credits(500m, AlertLevel.Ok)]);

        Assert.Equal(AlertLevel.Ok, status.Level);
        Assert.Null(status.Threshold);
    }

    [Fact]
    public void Evaluate_ExhaustedAndAWarningCrossed_StaysCritical()
    {
        var figures = BalanceFigures.Of(new TokenBalance { RemainingCredits = Quota.Limited(0m) });

        var status = figures.Evaluate([BalanceThreshold.Credits(500m, AlertLevel.Warning)]);

        Assert.Equal(AlertLevel.Critical, status.Level);
    }

    [Theory]
    [MemberData(nameof(NotTighterAtWarning))]
    public void Evaluate_SecondCrossedAtTheSameLevelButNotTighter_TheFirstIsReported(BalanceThreshold second)
    {
        var first = BalanceThreshold.Credits(500m, AlertLevel.Warning);

        Assert.Same(first, Figures.Evaluate([first, second]).Threshold);
    }

    [Fact]
    public void Evaluate_RangeThresholdWithALowerValueOnTheSameMeasure_ThePlainOneFirstListed()
    {
        var plain = BalanceThreshold.Credits(500m, AlertLevel.Warning);
        var range = new BalanceThreshold { Measure = ThresholdMeasure.Credits, Value = 1m, Range = AlertRange.AtOrBelow(400m), Level = AlertLevel.Warning };

        Assert.Same(plain, Figures.Evaluate([plain, range]).Threshold);
    }

    [Fact]
    public void Evaluate_CrossedAndUndecidedAtTheSameLevel_KnownWithoutAnUndecidedThreshold()
    {
        var status = Figures.Evaluate([BalanceThreshold.Credits(500m, AlertLevel.Warning), BalanceThreshold.Usd(5m, AlertLevel.Warning)]);

        Assert.Equal(AlertLevel.Warning, status.Level);
        Assert.False(status.IsUnknown);
        Assert.Null(status.Undecided);
    }

    [Fact]
    public void Evaluate_CriticalThenWarningUndecided_TheCriticalIsTheUndecidedOne()
    {
        var critical = BalanceThreshold.Usd(5m, AlertLevel.Critical);

        var status = Figures.Evaluate([critical, BalanceThreshold.Usd(50m, AlertLevel.Warning)]);

        Assert.True(status.IsUnknown);
        Assert.Same(critical, status.Undecided);
    }

    [Fact]
    public void Evaluate_WarningThenCriticalUndecided_TheCriticalIsTheUndecidedOne()
    {
        var critical = BalanceThreshold.Usd(5m, AlertLevel.Critical);

        var status = Figures.Evaluate([BalanceThreshold.Usd(50m, AlertLevel.Warning), critical]);

        Assert.Same(critical, status.Undecided);
    }

    [Fact]
    public void Evaluate_TwoUndecidedAtOneLevel_TheFirstIsTheUndecidedOne()
    {
        var first = BalanceThreshold.Usd(5m, AlertLevel.Critical);

        var status = Figures.Evaluate([first, BalanceThreshold.Usd(50m, AlertLevel.Critical)]);

        Assert.Same(first, status.Undecided);
    }

    [Fact]
    public void Of_NullBalance_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => BalanceFigures.Of((BalanceSnapshot)null!));
    }

    [Fact]
    public void Of_NullBalances_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => BalanceFigures.Of((Balances)null!));
    }

    [Fact]
    public void Judge_NullThreshold_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Figures.Judge(null!));
    }
}
