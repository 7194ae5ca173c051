using ToApis.Balance.Monitoring.Internal;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests.Internal;

public sealed class ThresholdEvaluatorTests
{
    private static readonly BalanceThreshold Warning2000 = BalanceThreshold.Credits(2000, AlertLevel.Warning);
    private static readonly BalanceThreshold Critical500 = BalanceThreshold.Credits(500, AlertLevel.Critical);

    [Fact]
    public void Evaluate_AboveEveryThreshold_Ok()
    {
        var evaluator = new ThresholdEvaluator([Warning2000, Critical500], 5);

        var outcome = evaluator.Evaluate(Figures.Credits(5000));

        Assert.Equal("Ok -> Ok", Describe(outcome));
    }

    [Fact]
    public void Evaluate_AtTheThreshold_EntersItsLevel()
    {
        var evaluator = new ThresholdEvaluator([Warning2000, Critical500], 5);

        var outcome = evaluator.Evaluate(Figures.Credits(2000));

        Assert.Equal(AlertLevel.Warning, outcome.Current);
        Assert.Equal("Credits <= 2000 (Warning)", outcome.Entered?.ToString());
    }

    [Fact]
    public void Evaluate_StillBelowOnTheNextPoll_DoesNotEnterAgain()
    {
        var evaluator = new ThresholdEvaluator([Warning2000], 5);
        evaluator.Evaluate(Figures.Credits(1900));

        var outcome = evaluator.Evaluate(Figures.Credits(1800));

        Assert.Equal("Warning -> Warning", Describe(outcome));
    }

    [Fact]
    public void Evaluate_BackAboveTheThresholdButWithinTheMargin_StaysCrossed()
    {
        var evaluator = new ThresholdEvaluator([Warning2000], 5);
        evaluator.Evaluate(Figures.Credits(1900));

        var outcome = evaluator.Evaluate(Figures.Credits(2100));

        Assert.Equal("Warning -> Warning", Describe(outcome));
    }

    [Fact]
    public void Evaluate_HoveringAroundTheThreshold_EntersOnce()
    {
        var evaluator = new ThresholdEvaluator([Warning2000], 5);

        var entered = new[] { 1990m, 2010m, 1995m, 2050m, 1980m }.Count(credits => evaluator.Evaluate(Figures.Credits(credits)).Entered is not null);

        Assert.Equal(1, entered);
    }

    [Fact]
    public void Evaluate_PastThresholdPlusMargin_RecoversAndReArms()
    {
        var evaluator = new ThresholdEvaluator([Warning2000], 5);
        evaluator.Evaluate(Figures.Credits(1900));

        var recovered = evaluator.Evaluate(Figures.Credits(2101));
        var again = evaluator.Evaluate(Figures.Credits(1999));

        Assert.Equal("Warning -> Ok, recovered Credits <= 2000 (Warning)", Describe(recovered));
        Assert.Equal("Ok -> Warning, entered Credits <= 2000 (Warning)", Describe(again));
    }

    [Fact]
    public void Evaluate_ZeroMargin_RecoversJustAboveTheThreshold()
    {
        var evaluator = new ThresholdEvaluator([Warning2000], 0);
        evaluator.Evaluate(Figures.Credits(2000));

        var outcome = evaluator.Evaluate(Figures.Credits(2000.01m));

        Assert.Equal(AlertLevel.Ok, outcome.Current);
        Assert.NotNull(outcome.Recovered);
    }

    [Fact]
    public void Evaluate_FallingPastBothThresholdsAtOnce_EntersTheMoreSevere()
    {
        var evaluator = new ThresholdEvaluator([Warning2000, Critical500], 5);

        var outcome = evaluator.Evaluate(Figures.Credits(100));

        Assert.Equal(AlertLevel.Critical, outcome.Current);
        Assert.Equal("Credits <= 500 (Critical)", outcome.Entered?.ToString());
    }

    [Fact]
    public void Evaluate_FallingPastTwoWarningsAtOnce_EntersTheTighterOne()
    {
        var evaluator = new ThresholdEvaluator([BalanceThreshold.PercentRemaining(50, AlertLevel.Warning), BalanceThreshold.PercentRemaining(25, AlertLevel.Warning)], 5);

        var outcome = evaluator.Evaluate(Figures.Percent(20));

        Assert.Equal("PercentRemaining <= 25 % (Warning)", outcome.Entered?.ToString());
    }

    [Fact]
    public void Evaluate_FallingPastTwoWarningsAtOnceTighterListedFirst_EntersTheTighterOne()
    {
        var evaluator = new ThresholdEvaluator([BalanceThreshold.PercentRemaining(25, AlertLevel.Warning), BalanceThreshold.PercentRemaining(50, AlertLevel.Warning)], 5);

        var outcome = evaluator.Evaluate(Figures.Percent(20));

        Assert.Equal("PercentRemaining <= 25 % (Warning)", outcome.Entered?.ToString());
    }

    [Fact]
    public void Evaluate_RecoveringPastTwoWarningsAtOnce_ReportsTheHigherOne()
    {
        var evaluator = new ThresholdEvaluator([BalanceThreshold.PercentRemaining(25, AlertLevel.Warning), BalanceThreshold.PercentRemaining(50, AlertLevel.Warning)], 5);
        evaluator.Evaluate(Figures.Percent(20));

        var outcome = evaluator.Evaluate(Figures.Percent(80));

        Assert.Equal("Warning -> Ok, recovered PercentRemaining <= 50 % (Warning)", Describe(outcome));
    }

    [Fact]
    public void Evaluate_TwoWarningsOnDifferentMeasuresAtOnce_ReportsTheFirstListedNeverComparingUnits()
    {
        // 2000 credits and 5 US dollars are not comparable numbers: the smaller value is not the tighter threshold.
        var evaluator = new ThresholdEvaluator([Warning2000, BalanceThreshold.Usd(5, AlertLevel.Warning)], 5);

        var outcome = evaluator.Evaluate(Figures.Credits(100));

        Assert.Equal("Credits <= 2000 (Warning)", outcome.Entered?.ToString());
    }

    [Fact]
    public void Evaluate_ThreePercentLevels_EachFiresOnceOnTheWayDown()
    {
        var evaluator = new ThresholdEvaluator(
            [BalanceThreshold.PercentRemaining(50, AlertLevel.Warning), BalanceThreshold.PercentRemaining(25, AlertLevel.Warning), BalanceThreshold.PercentRemaining(10, AlertLevel.Critical)],
            5);

        var entered = new[] { 60m, 45m, 40m, 24m, 20m, 9m, 5m }
            .Select(percent => evaluator.Evaluate(Figures.Percent(percent)).Entered?.ToString())
            .Where(text => text is not null);

        Assert.Equal(["PercentRemaining <= 50 % (Warning)", "PercentRemaining <= 25 % (Warning)", "PercentRemaining <= 10 % (Critical)"], entered);
    }

    [Fact]
    public void Evaluate_RecoveringFromCriticalToWarning_ReportsTheCriticalRecovered()
    {
        var evaluator = new ThresholdEvaluator([Warning2000, Critical500], 5);
        evaluator.Evaluate(Figures.Credits(100));

        var outcome = evaluator.Evaluate(Figures.Credits(1000));

        Assert.Equal("Critical -> Warning, recovered Credits <= 500 (Critical)", Describe(outcome));
    }

    [Fact]
    public void Evaluate_Unlimited_NeverEnters()
    {
        var evaluator = new ThresholdEvaluator([Warning2000, Critical500, BalanceThreshold.PercentRemaining(10, AlertLevel.Critical)], 5);

        var outcome = evaluator.Evaluate(Figures.Unlimited);

        Assert.Equal("Ok -> Ok", Describe(outcome));
    }

    [Fact]
    public void Evaluate_BecomesUnlimited_Recovers()
    {
        var evaluator = new ThresholdEvaluator([Critical500], 5);
        evaluator.Evaluate(Figures.Credits(100));

        var outcome = evaluator.Evaluate(Figures.Unlimited);

        Assert.Equal("Critical -> Ok, recovered Credits <= 500 (Critical)", Describe(outcome));
    }

    [Fact]
    public void Evaluate_FigureNotReported_NeverCountsAsZero()
    {
        var evaluator = new ThresholdEvaluator([Critical500], 5);

        var outcome = evaluator.Evaluate(Figures.Balance(0));

        Assert.Equal("Ok -> Ok", Describe(outcome));
    }

    [Fact]
    public void Evaluate_FigureNoLongerReported_KeepsTheCrossedState()
    {
        var evaluator = new ThresholdEvaluator([Critical500], 5);
        evaluator.Evaluate(Figures.Credits(100));

        var outcome = evaluator.Evaluate(Figures.NotReported);

        Assert.Equal("Critical -> Critical", Describe(outcome));
    }

    [Fact]
    public void Evaluate_Overdrawn_EntersAZeroThreshold()
    {
        var evaluator = new ThresholdEvaluator([BalanceThreshold.Usd(0, AlertLevel.Critical)], 5);

        var outcome = evaluator.Evaluate(Figures.Credits(-40));

        Assert.Equal(AlertLevel.Critical, outcome.Current);
    }

    [Fact]
    public void Evaluate_ThresholdChangedAfterCreation_KeepsTheOriginal()
    {
        var threshold = BalanceThreshold.Credits(500, AlertLevel.Critical);
        var evaluator = new ThresholdEvaluator([threshold], 5);
        threshold.Value = 10_000;

        var outcome = evaluator.Evaluate(Figures.Credits(1000));

        Assert.Equal(AlertLevel.Ok, outcome.Current);
    }

    [Fact]
    public void Evaluate_NoThresholds_AlwaysOk()
    {
        var evaluator = new ThresholdEvaluator([], 5);

        Assert.Equal(AlertLevel.Ok, evaluator.Evaluate(Figures.Credits(-1)).Current);
    }

    private static string Describe(ThresholdOutcome outcome) =>
        $"{outcome.Previous} -> {outcome.Current}{(outcome.Entered is null ? "" : $", entered {outcome.Entered}")}{(outcome.Recovered is null ? "" : $", recovered {outcome.Recovered}")}";
}
