namespace ToApis.Balance.Tests;

/// <summary>The guidelines' threshold ranges: parsed, written and judged exactly, ends included.</summary>
public sealed class AlertRangeTests
{
    /// <summary>An account with 4,000 credits left.</summary>
    private static readonly UserBalance Account = new() { Remaining = Quota.Limited(20m), Used = 180m, RemainingCredits = Quota.Limited(4000m), UsedCredits = 36000m };

    [Theory]
    [InlineData("10", "0:10")]
    [InlineData("10:", "10:")]
    [InlineData("~:10", "~:10")]
    [InlineData("10:20", "10:20")]
    [InlineData("@10:20", "@10:20")]
    [InlineData("@~:30000", "@~:30000")]
    [InlineData("-5.5:2.25", "-5.5:2.25")]
    [InlineData(" 20:20 ", "20:20")]
    [InlineData(":5", "0:5")]
    [InlineData(":", "0:")]
    [InlineData("@:5", "@0:5")]
    public void TryParse_GuidelinesSyntax_WritesItBack(string text, string written)
    {
        Assert.True(AlertRange.TryParse(text, out var range));
        Assert.Equal(written, range.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("@")]
    [InlineData("20:10")]
    [InlineData("ten:")]
    [InlineData("1:2:3")]
    [InlineData("~")]
    [InlineData("5:~")]
    [InlineData("1,5:")]
    public void TryParse_NotARange_False(string? text)
    {
        Assert.False(AlertRange.TryParse(text, out var range));
        Assert.Equal(default, range);
    }

    [Theory]
    [InlineData("10:20", 9.99, true)]
    [InlineData("10:20", 10, false)]
    [InlineData("10:20", 20, false)]
    [InlineData("10:20", 20.01, true)]
    [InlineData("@10:20", 10, true)]
    [InlineData("@10:20", 20, true)]
    [InlineData("@10:20", 9.99, false)]
    [InlineData("@10:20", 20.01, false)]
    [InlineData("10:", 10, false)]
    [InlineData("10:", 9, true)]
    [InlineData("~:5", 5, false)]
    [InlineData("~:5", 5.01, true)]
    [InlineData("~:5", -1000000, false)]
    [InlineData("5", -1, true)]
    [InlineData("5", 0, false)]
    [InlineData("@~:30000", 30000, true)]
    [InlineData("@~:30000", 30000.01, false)]
    public void Alerts_ValueAgainstTheRange_OutsideOrInsideWithTheAt(string text, double value, bool alerts)
    {
        Assert.True(AlertRange.TryParse(text, out var range));
        Assert.Equal(alerts, range.Alerts((decimal)value));
    }

    [Fact]
    public void Ctor_StartAboveEnd_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new AlertRange(2m, 1m, alertsInside: false));

        Assert.StartsWith("The start of a range must not be greater than its end (1).", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtOrBelow_IsThePlainThresholdsRange()
    {
        Assert.Equal(new AlertRange(null, 500m, alertsInside: true), AlertRange.AtOrBelow(500m));
        Assert.Equal(AlertRange.AtOrBelow(500m), BalanceThreshold.Credits(500m, AlertLevel.Critical).EffectiveRange);
        Assert.Equal("@~:500", BalanceThreshold.Credits(500m, AlertLevel.Critical).EffectiveRange.ToString());
    }

    /// <summary>
    /// The effective credits are 4000 exactly, or (<paramref name="bounded"/>) at most 4000: the key reports no
    /// credits, the account 4000, so only a range that alerts (or not) at every value up to 4000 decides.
    /// </summary>
    [Theory]
    [InlineData("3999.99:", false, ThresholdState.Clear)]
    [InlineData("4000:", false, ThresholdState.Clear)]
    [InlineData("4000.01:", false, ThresholdState.Crossed)]
    [InlineData("@4000:5000", false, ThresholdState.Crossed)]
    [InlineData("@4000.01:5000", false, ThresholdState.Clear)]
    [InlineData("~:4000", false, ThresholdState.Clear)]
    [InlineData("~:3999", false, ThresholdState.Crossed)]
    [InlineData("5000:", true, ThresholdState.Crossed)]
    [InlineData("4000:", true, ThresholdState.Unknown)]
    [InlineData("@~:4000", true, ThresholdState.Crossed)]
    [InlineData("@~:3999", true, ThresholdState.Unknown)]
    [InlineData("~:4000", true, ThresholdState.Clear)]
    [InlineData("@4000.01:", true, ThresholdState.Clear)]
    [InlineData("@4000:", true, ThresholdState.Unknown)]
    public void Judge_Range_CrossedWhereTheRangeAlertsEdgesIncluded(string text, bool bounded, ThresholdState expected)
    {
        var figures = bounded ? BalanceFigures.Of(new Balances(new TokenBalance { Remaining = Quota.Limited(1m) }, Account)) : BalanceFigures.Of(Account);
        Assert.True(AlertRange.TryParse(text, out var range));

        // The plain form's Value, far above the figure, must play no part.
        Assert.Equal(expected, figures.Judge(new BalanceThreshold { Measure = ThresholdMeasure.Credits, Value = 1_000_000m, Range = range }));
    }

    [Fact]
    public void Judge_RangeOnAnUnlimitedFigure_Clear()
    {
        var unlimited = new TokenBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited };
        var threshold = new BalanceThreshold { Measure = ThresholdMeasure.Credits, Range = new AlertRange(null, 5m, alertsInside: false) };

        Assert.Equal(ThresholdState.Clear, BalanceFigures.Of(unlimited).Judge(threshold));
    }

    [Fact]
    public void Evaluate_RangeCrossedAtCritical_CriticalWithThatThreshold()
    {
        var critical = new BalanceThreshold { Measure = ThresholdMeasure.Credits, Range = new AlertRange(5000m, null, alertsInside: false), Level = AlertLevel.Critical };

        var status = BalanceFigures.Of(Account).Evaluate([BalanceThreshold.Credits(8000m, AlertLevel.Warning), critical]);

        Assert.Equal(new BalanceStatus { Level = AlertLevel.Critical, Threshold = critical }, status);
    }

    [Theory]
    [InlineData(ThresholdMeasure.Credits, "Credits <= 500.5 (Critical)")]
    [InlineData(ThresholdMeasure.PercentRemaining, "PercentRemaining <= 500.5 % (Critical)")]
    public void ToString_PlainThreshold_SaysTheMeasureValueAndLevel(ThresholdMeasure measure, string expected)
    {
        Assert.Equal(expected, new BalanceThreshold { Measure = measure, Value = 500.5m, Level = AlertLevel.Critical }.ToString());
    }

    [Fact]
    public void ToString_RangeThreshold_SaysTheRange()
    {
        var threshold = new BalanceThreshold { Measure = ThresholdMeasure.Usd, Range = new AlertRange(10m, 20m, alertsInside: false) };

        Assert.Equal("Usd alerting in 10:20 (Warning)", threshold.ToString());
    }
}
