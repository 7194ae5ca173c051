namespace ToApis.Balance.Monitoring.Tests;

public sealed class BalanceThresholdTests
{
    [Fact]
    public void Ctor_Ok()
    {
        var threshold = new BalanceThreshold();

        Assert.Equal(ThresholdMeasure.Credits, threshold.Measure);
        Assert.Equal(0m, threshold.Value);
        Assert.Equal(AlertLevel.Warning, threshold.Level);
        Assert.Null(threshold.Range);
        Assert.Equal(AlertRange.AtOrBelow(0m), threshold.EffectiveRange);
    }

    public static TheoryData<BalanceThreshold, ThresholdMeasure> Factories => new()
    {
        { BalanceThreshold.Credits(2, AlertLevel.Critical), ThresholdMeasure.Credits },
        { BalanceThreshold.Balance(2, AlertLevel.Critical), ThresholdMeasure.Balance },
        { BalanceThreshold.Usd(2, AlertLevel.Critical), ThresholdMeasure.Usd },
        { BalanceThreshold.PercentRemaining(2, AlertLevel.Critical), ThresholdMeasure.PercentRemaining },
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factory_SetsMeasureValueAndLevel(BalanceThreshold threshold, ThresholdMeasure measure)
    {
        Assert.Equal(measure, threshold.Measure);
        Assert.Equal(2m, threshold.Value);
        Assert.Equal(AlertLevel.Critical, threshold.Level);
    }

    [Fact]
    public void ToString_Credits_ReadsAsAComparison()
    {
        Assert.Equal("Credits <= 500 (Critical)", BalanceThreshold.Credits(500, AlertLevel.Critical).ToString());
    }

    [Fact]
    public void ToString_Percent_CarriesThePercentSign()
    {
        Assert.Equal("PercentRemaining <= 12.5 % (Warning)", BalanceThreshold.PercentRemaining(12.5m, AlertLevel.Warning).ToString());
    }
}
