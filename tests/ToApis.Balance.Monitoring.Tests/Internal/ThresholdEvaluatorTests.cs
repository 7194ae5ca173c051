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
    public void Evaluate_RecoveringPastCriticalAndWarningAtOnce_ReportsTheCriticalRecovered()
    {
        var evaluator = new ThresholdEvaluator([Warning2000, Critical500], 5);
        evaluator.Evaluate(Figures.Credits(100));

        var outcome = evaluator.Evaluate(Figures.Credits(5000));

        Assert.Equal("Critical -> Ok, recovered Credits <= 500 (Critical)", Describe(outcome));
    }

    [Fact]
    public void Evaluate_RecoveringPastTwoWarningsOnDifferentMeasuresAtOnce_ReportsTheFirstListedNeverComparingUnits()
    {
        // 5 US dollars and 2000 credits are not comparable numbers: the larger value is not the one climbed past last.
        var evaluator = new ThresholdEvaluator([BalanceThreshold.Usd(5, AlertLevel.Warning), Warning2000], 5);
        evaluator.Evaluate(Figures.Credits(100));

        var outcome = evaluator.Evaluate(Figures.Credits(5000));

        Assert.Equal("Warning -> Ok, recovered Usd <= 5 (Warning)", Describe(outcome));
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

    /// <summary>
    /// One rule, two places it is used: on a first poll every crossed threshold is entered at once, and the one the
    /// alert names is the one the core's status reports, for every set of up to three thresholds from a pool of
    /// levels, measures and values (ties of equal thresholds included) and balances between and beyond them.
    /// </summary>
    [Fact]
    public void Evaluate_FirstPoll_EntersTheThresholdTheCoreStatusReports()
    {
        BalanceThreshold[] pool =
        [
            BalanceThreshold.Credits(500, AlertLevel.Critical), BalanceThreshold.Credits(1000, AlertLevel.Critical), BalanceThreshold.Credits(2000, AlertLevel.Critical),
            BalanceThreshold.Credits(500, AlertLevel.Warning), BalanceThreshold.Credits(1000, AlertLevel.Warning), BalanceThreshold.Credits(2000, AlertLevel.Warning),
            BalanceThreshold.Usd(2.5m, AlertLevel.Critical), BalanceThreshold.Usd(10, AlertLevel.Warning), BalanceThreshold.Usd(5, AlertLevel.Warning),
        ];
        var compared = 0;
        foreach (var set in Sets(pool, 3))
        {
            foreach (var credits in new[] { 300m, 500m, 800m, 1000m, 1500m, 2000m, 2500m })
            {
                var figures = Figures.Credits(credits);

                var entered = new ThresholdEvaluator(set, 5).Evaluate(figures).Entered;

                Assert.Equal(figures.Evaluate(set).Threshold?.ToString(), entered?.ToString());
                compared += entered is null ? 0 : 1;
            }
        }

        Assert.True(compared > 500, $"only {compared} sets crossed a threshold");
    }

    /// <summary>Every ordered choice of one to <paramref name="size"/> thresholds, repeats included.</summary>
    private static IEnumerable<BalanceThreshold[]> Sets(BalanceThreshold[] pool, int size)
    {
        IEnumerable<BalanceThreshold[]> sets = pool.Select(t => new[] { t });
        var all = sets.ToList();
        for (var n = 2; n <= size; n++)
        {
            sets = sets.SelectMany(set => pool.Select(t => (BalanceThreshold[])[.. set, t])).ToList();
            all.AddRange(sets);
        }

        return all;
    }

    private static string Describe(ThresholdOutcome outcome) =>
        $"{outcome.Previous} -> {outcome.Current}{(outcome.Entered is null ? "" : $", entered {outcome.Entered}")}{(outcome.Recovered is null ? "" : $", recovered {outcome.Recovered}")}";
}
