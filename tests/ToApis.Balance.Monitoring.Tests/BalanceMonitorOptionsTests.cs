using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring.Tests;

public sealed class BalanceMonitorOptionsTests
{
    [Fact]
    public void Ctor_Ok()
    {
        var options = new BalanceMonitorOptions();

        Assert.Equal(TimeSpan.FromMinutes(5), options.Interval);
        Assert.Equal(0.1, options.Jitter);
        Assert.Equal(BalanceScope.Both, options.Scope);
        Assert.Empty(options.Thresholds);
        Assert.Equal(TimeSpan.FromHours(24), options.WarnWhenExhaustedWithin);
        Assert.Equal(5, options.HysteresisPercent);
        Assert.Equal(3, options.ConsecutiveFailuresBeforeAlert);
        Assert.Null(options.StaleAfter);
        Assert.Equal(TimeSpan.FromHours(6), options.ForecastWindow);
        Assert.Equal(TimeSpan.FromMinutes(30), options.ForecastMinimumSpan);
        Assert.Equal(TimeSpan.FromMinutes(15), options.SpikeWindow);
        Assert.Equal(3, options.SpikeFactor);
        Assert.Equal(TimeSpan.FromMinutes(1), options.GuardMaxAge);
        Assert.Equal(TimeSpan.FromSeconds(2), options.FirstPollJitter);
    }

    [Fact]
    public void GetFailures_FirstPollJitterLongerThanTheInterval_SaysTheRange()
    {
        var failures = BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions { Interval = TimeSpan.FromMinutes(1), FirstPollJitter = TimeSpan.FromMinutes(2) });

        Assert.Contains("FirstPollJitter must be between 0 and Interval; it is 00:02:00.", failures);
    }

    [Fact]
    public void GetFailures_Defaults_None()
    {
        Assert.Empty(BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions()));
    }

    [Fact]
    public void GetFailures_IntervalBelowTenSeconds_SaysTheRange()
    {
        var failures = BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions { Interval = TimeSpan.FromSeconds(9) });

        Assert.Contains("Interval must be between 10 seconds and 24 hours; it is 00:00:09.", failures);
    }

    [Fact]
    public void GetFailures_UnknownScope_ListsTheScopes()
    {
        var failures = BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions { Scope = 0 });

        Assert.Equal(["Scope must be Token, User or Both; it is 0."], failures);
    }

    [Fact]
    public void GetFailures_StaleAfterShorterThanInterval_SaysWhy()
    {
        var failures = BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions { StaleAfter = TimeSpan.FromMinutes(1) });

        Assert.Equal(["StaleAfter (00:01:00) must be at least Interval (00:05:00): otherwise every balance is stale before the next poll."], failures);
    }

    [Fact]
    public void GetFailures_LongIntervalsWithTheDefaults_AreValid()
    {
        foreach (var interval in new[] { TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(24) })
        {
            Assert.Empty(BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions { Interval = interval }));
        }
    }

    [Fact]
    public void ForecastSettings_SpansShorterThanTheIntervalsCanFill_AreRaisedToFit()
    {
        var settings = ForecastSettings.From(new BalanceMonitorOptions { Interval = TimeSpan.FromHours(1) });

        Assert.Equal(TimeSpan.FromHours(6), settings.Window);
        Assert.Equal(TimeSpan.FromHours(2), settings.MinimumSpan);
        Assert.Equal(TimeSpan.FromHours(2), settings.SpikeWindow);
    }

    [Fact]
    public void GetFailures_MinimumSpanLongerThanWindow_SaysTheBounds()
    {
        var failures = BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions { ForecastMinimumSpan = TimeSpan.FromHours(7) });

        Assert.Equal(["ForecastMinimumSpan (07:00:00) must be at most ForecastWindow (06:00:00)."], failures);
    }

    [Theory]
    [InlineData(-0.4)]
    [InlineData(100.4)]
    [InlineData(double.NaN)]
    [InlineData(1e12)]
    public void GetFailures_HysteresisOutsideZeroToHundred_SaysTheRange(double hysteresis)
    {
        var failures = BalanceMonitorOptionsValidator.GetFailures(new BalanceMonitorOptions { HysteresisPercent = hysteresis });

        Assert.Contains(failures, f => f.StartsWith("HysteresisPercent must be from 0 to 100", StringComparison.Ordinal));
    }

    [Fact]
    public void GetFailures_PercentAbove100_NamesTheThreshold()
    {
        var options = new BalanceMonitorOptions();
        options.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical));
        options.Thresholds.Add(BalanceThreshold.PercentRemaining(120, AlertLevel.Warning));

        Assert.Equal(["Thresholds:1:Value must be between 0 and 100; it is 120."], BalanceMonitorOptionsValidator.GetFailures(options));
    }

    [Fact]
    public void GetFailures_NegativeCredits_NamesTheThreshold()
    {
        var options = new BalanceMonitorOptions();
        options.Thresholds.Add(BalanceThreshold.Credits(-1, AlertLevel.Critical));

        Assert.Equal(["Thresholds:0:Value must be zero or more; it is -1."], BalanceMonitorOptionsValidator.GetFailures(options));
    }

    [Fact]
    public void GetFailures_LevelOk_SaysWarningOrCritical()
    {
        var options = new BalanceMonitorOptions();
        options.Thresholds.Add(BalanceThreshold.Usd(5, AlertLevel.Ok));

        Assert.Equal(["Thresholds:0:Level must be Warning or Critical; it is Ok."], BalanceMonitorOptionsValidator.GetFailures(options));
    }

    [Fact]
    public void GetFailures_UnknownMeasure_ListsTheMeasures()
    {
        var options = new BalanceMonitorOptions();
        options.Thresholds.Add(new BalanceThreshold { Measure = (ThresholdMeasure)9, Value = 1 });

        Assert.Equal(["Thresholds:0:Measure must be Credits, Balance, Usd or PercentRemaining; it is 9."], BalanceMonitorOptionsValidator.GetFailures(options));
    }

    [Fact]
    public void GetFailures_RangeThreshold_SaysOnlyThePlainFormIsSupported()
    {
        var options = new BalanceMonitorOptions();
        options.Thresholds.Add(new BalanceThreshold { Measure = ThresholdMeasure.Credits, Range = new AlertRange(10m, 20m, alertsInside: false) });

        Assert.Equal(
            ["Thresholds:0:Range (10:20) is not supported by the monitor: it re-arms a threshold once the figure recovers past Value plus HysteresisPercent, which only the plain form has. Remove Range and give Value (crossed at or below it)."],
            BalanceMonitorOptionsValidator.GetFailures(options));
    }
}
