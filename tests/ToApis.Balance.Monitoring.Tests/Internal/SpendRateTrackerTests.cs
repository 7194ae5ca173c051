using ToApis.Balance.Monitoring.Internal;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests.Internal;

public sealed class SpendRateTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(5);

    private readonly SpendRateTracker tracker = new(ForecastSettings.From(new BalanceMonitorOptions()));
    private DateTimeOffset now = Start;
    private decimal credits = 10_000m;
    private bool started;

    [Fact]
    public void Add_SteadySpendOverTheMinimumSpan_ReportsTheRateInCreditsAndUsd()
    {
        var forecast = Spend(perPoll: 100, polls: 6);

        Assert.Equal(1200, forecast.CreditsPerHour!.Value, 6);
        Assert.Equal(6, forecast.UsdPerHour!.Value, 6);
        Assert.Null(forecast.BalancePerHour);
        Assert.Equal(TimeSpan.FromMinutes(30), forecast.Span);
    }

    [Fact]
    public void Add_SteadySpend_ForecastsExhaustionFromTheLatestBalance()
    {
        var forecast = Spend(perPoll: 100, polls: 6);

        // 9,400 credits left at 1,200 an hour.
        Assert.Equal(9400.0 / 1200, forecast.TimeToExhaustion!.Value.TotalHours, 6);
        Assert.Equal(now + forecast.TimeToExhaustion.Value, forecast.ExhaustionAt);
    }

    [Fact]
    public void Add_LessThanTheMinimumSpan_DoesNotExtrapolate()
    {
        var forecast = Spend(perPoll: 2000, polls: 3);

        Assert.Null(forecast.CreditsPerHour);
        Assert.Null(forecast.ExhaustionAt);
        Assert.Equal(SpendForecast.Unknown with { Span = TimeSpan.FromMinutes(15) }, forecast);
    }

    [Fact]
    public void Add_TwoBalancesFarApart_DoesNotExtrapolate()
    {
        tracker.Add(now, Figures.Credits(credits));
        now += TimeSpan.FromHours(2);

        var forecast = tracker.Add(now, Figures.Credits(credits - 500));

        Assert.Null(forecast.CreditsPerHour);
    }

    [Fact]
    public void Add_NothingSpent_RateZeroAndNoExhaustion()
    {
        var forecast = Spend(perPoll: 0, polls: 12);

        Assert.Equal(0, forecast.CreditsPerHour);
        Assert.Null(forecast.ExhaustionAt);
        Assert.Null(forecast.TimeToExhaustion);
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(5_000)] // half the balance: far above three times the largest fall, far below the balances themselves
    public void Add_Recharge_StartsTheWindowAgain(decimal recharge)
    {
        Spend(perPoll: 100, polls: 12);
        credits += recharge;

        var forecast = Spend(perPoll: 0, polls: 1);

        Assert.Equal(TimeSpan.Zero, forecast.Span);
        Assert.Null(forecast.CreditsPerHour);
    }

    [Fact]
    public void Add_RechargeInsideTheWindow_MeasuresOnlyTheSpendSinceIt()
    {
        Spend(perPoll: 500, polls: 12);
        credits += 50_000;
        Spend(perPoll: 0, polls: 1);

        var forecast = Spend(perPoll: 50, polls: 6);

        Assert.Equal(600, forecast.CreditsPerHour!.Value, 6);
    }

    [Fact]
    public void Add_BurstySpend_ReportsTheAverageRate()
    {
        tracker.Add(now, Figures.Credits(credits));
        SpendForecast forecast = SpendForecast.Unknown;
        for (var i = 1; i <= 24; i++)
        {
            credits -= i % 2 == 0 ? 200 : 0;
            now += Poll;
            forecast = tracker.Add(now, Figures.Credits(credits));
        }

        // 200 credits every 10 minutes is 1,200 an hour; the least-squares line lands within a few percent of it.
        Assert.InRange(forecast.CreditsPerHour!.Value, 1150, 1250);
    }

    [Fact]
    public void Add_OlderThanTheWindow_IsForgotten()
    {
        Spend(perPoll: 1000, polls: 12);

        var forecast = Spend(perPoll: 50, polls: 72);

        Assert.Equal(TimeSpan.FromHours(6), forecast.Span);
        Assert.Equal(600, forecast.CreditsPerHour!.Value, 6);
    }

    [Fact]
    public void Add_Overdrawn_ExhaustedNow()
    {
        credits = 300;

        var forecast = Spend(perPoll: 100, polls: 6);

        Assert.Equal(TimeSpan.Zero, forecast.TimeToExhaustion);
        Assert.Equal(now, forecast.ExhaustionAt);
    }

    [Fact]
    public void Add_SpendRisesSeveralTimesInTheSpikeWindow_ReportsASpike()
    {
        Spend(perPoll: 50, polls: 12);

        var forecast = Spend(perPoll: 500, polls: 3);

        Assert.True(forecast.IsSpike);
        Assert.Equal(10, forecast.SpikeRatio!.Value, 6);
    }

    [Fact]
    public void Add_SteadySpend_NoSpike()
    {
        var forecast = Spend(perPoll: 50, polls: 24);

        Assert.False(forecast.IsSpike);
        Assert.Equal(1, forecast.SpikeRatio!.Value, 6);
    }

    [Fact]
    public void Add_RecentPollsSpanLessThanHalfTheSpikeWindow_NoSpikeRatio()
    {
        Spend(perPoll: 50, polls: 24);
        now += TimeSpan.FromMinutes(65);

        // Two polls a minute apart after a pause: the last spike window holds them only, half a window is not there.
        var forecast = Spend(perPoll: 50, polls: 2, every: TimeSpan.FromMinutes(1));

        Assert.Null(forecast.SpikeRatio);
        Assert.False(forecast.IsSpike);
    }

    [Fact]
    public void Add_SpendDoublesOnly_NoSpikeAtFactorThree()
    {
        Spend(perPoll: 50, polls: 12);

        var forecast = Spend(perPoll: 100, polls: 3);

        Assert.False(forecast.IsSpike);
        Assert.Equal(2, forecast.SpikeRatio!.Value, 6);
    }

    [Fact]
    public void Add_Unlimited_NothingToForecast()
    {
        SpendForecast forecast = SpendForecast.Unknown;
        for (var i = 0; i < 12; i++)
        {
            forecast = tracker.Add(now, Figures.Unlimited);
            now += Poll;
        }

        Assert.Equal(SpendForecast.Unknown with { Span = forecast.Span }, forecast);
    }

    [Fact]
    public void Add_OnlyTheBalanceReported_ForecastsFromTheBalance()
    {
        var balance = 100m;
        SpendForecast forecast = SpendForecast.Unknown;
        for (var i = 0; i <= 6; i++)
        {
            forecast = tracker.Add(now, Figures.Balance(balance));
            balance -= 1;
            now += Poll;
        }

        Assert.Null(forecast.CreditsPerHour);
        Assert.Equal(12, forecast.BalancePerHour!.Value, 6);
        Assert.Equal(94.0 / 12, forecast.TimeToExhaustion!.Value.TotalHours, 6);
    }

    [Fact]
    public void Add_SmallRefundsBetweenSpends_AreNoiseNotRecharges()
    {
        // 110 credits spent, then 60 refunded, in turn: 50 credits every two polls of 5 minutes, 300 an hour net.
        var forecast = Spend(perPoll: 110, polls: 1);
        for (var i = 0; i < 12; i++)
        {
            forecast = Spend(perPoll: i % 2 == 0 ? -60 : 110, polls: 1);
        }

        Assert.Equal(TimeSpan.FromMinutes(65), forecast.Span);
        Assert.NotNull(forecast.CreditsPerHour);
        Assert.InRange(forecast.CreditsPerHour!.Value, 250, 400);
    }

    [Fact]
    public void Add_BalanceStaysAtZero_StaysExhausted()
    {
        credits = 600;
        Spend(perPoll: 100, polls: 6);

        var forecast = Spend(perPoll: 0, polls: 80);

        Assert.Equal(TimeSpan.Zero, forecast.TimeToExhaustion);
        Assert.Equal(now, forecast.ExhaustionAt);
    }

    [Fact]
    public void Add_SpendAfterAnIdleStretch_IsASpikeWithoutWaitingAWindow()
    {
        Spend(perPoll: 0, polls: 6);

        var forecast = Spend(perPoll: 1_000, polls: 2);

        Assert.True(forecast.IsSpike);
        Assert.Null(forecast.SpikeRatio);
    }

    [Fact]
    public void Add_StillIdle_IsNoSpike()
    {
        var forecast = Spend(perPoll: 0, polls: 12);

        Assert.False(forecast.IsSpike);
    }

    [Fact]
    public void Add_TheSameInstantAgain_KeepsTheWindow()
    {
        Spend(perPoll: 100, polls: 6);

        var forecast = tracker.Add(now, Figures.Credits(credits));

        Assert.Equal(TimeSpan.FromMinutes(30), forecast.Span);
        Assert.NotNull(forecast.CreditsPerHour);
    }

    [Fact]
    public void Add_OnlyTheBalanceReported_JudgesASpikeOnTheBalance()
    {
        var balance = 1_000m;
        SpendForecast forecast = SpendForecast.Unknown;
        for (var i = 0; i <= 15; i++)
        {
            forecast = tracker.Add(now, Figures.Balance(balance));
            balance -= i < 12 ? 1 : 10;
            now += Poll;
        }

        Assert.True(forecast.IsSpike);
        Assert.Equal(10, forecast.SpikeRatio!.Value, 6);
    }

    [Fact]
    public void Add_OnlyTheBalanceReported_ARechargeStartsTheWindowAgain()
    {
        var balance = 100m;
        for (var i = 0; i <= 12; i++)
        {
            tracker.Add(now, Figures.Balance(balance));
            balance -= 1;
            now += Poll;
        }

        var forecast = tracker.Add(now, Figures.Balance(balance + 500));

        Assert.Equal(TimeSpan.Zero, forecast.Span);
        Assert.Null(forecast.BalancePerHour);
    }

    /// <summary>A rise is a recharge only above 1 % of the balance and above three times the largest fall: at or below either, a refund.</summary>
    [Theory]
    [InlineData(500, 1_000)] // over 1 %, within three falls of 500
    [InlineData(100, 300)] // exactly three falls of 100
    [InlineData(0, 100)] // exactly 1 % of 10,000, nothing spent before
    public void Add_RiseWithinTheRefundRule_IsARefundThatKeepsTheWindow(decimal perPoll, decimal rise)
    {
        Spend(perPoll, polls: 6);
        credits += rise;

        var forecast = Spend(perPoll: 0, polls: 1);

        Assert.Equal(TimeSpan.FromMinutes(35), forecast.Span);
        Assert.NotNull(forecast.CreditsPerHour);
    }

    [Fact]
    public void Add_RiseWithinThreeTimesAnEarlierLargerFall_IsARefundThatKeepsTheWindow()
    {
        // The largest fall in the window (500) bounds a refund, not the latest one (100).
        Spend(perPoll: 500, polls: 6);
        Spend(perPoll: 100, polls: 1);
        credits += 1_000;

        var forecast = Spend(perPoll: 0, polls: 1);

        Assert.Equal(TimeSpan.FromMinutes(40), forecast.Span);
    }

    [Fact]
    public void Add_SpendTooSlowToRunOutWithinACentury_NoExhaustionForecast()
    {
        var forecast = Spend(perPoll: 0.0001m, polls: 12);

        Assert.True(forecast.CreditsPerHour > 0);
        Assert.Null(forecast.TimeToExhaustion);
        Assert.Null(forecast.ExhaustionAt);
    }

    [Fact]
    public void Add_TwoBalancesEachSideSpanningHalfTheSpikeWindow_AreEnoughToJudgeASpike()
    {
        // The spike window is 15 minutes: 80 credits an hour from 0 to 7.5, 800 an hour from 22.5 to 30.
        var forecast = AddAt((0, 10_000m), (7.5, 9_990m), (22.5, 9_800m), (30, 9_700m));

        Assert.True(forecast.IsSpike);
        Assert.Equal(10, forecast.SpikeRatio!.Value, 6);
    }

    [Fact]
    public void Add_SpendExactlyTheSpikeFactorTimesFaster_IsASpike()
    {
        // 80 credits an hour, then 240: exactly the default factor of three.
        var forecast = AddAt((0, 10_000m), (7.5, 9_990m), (22.5, 9_800m), (30, 9_770m));

        Assert.Equal(3, forecast.SpikeRatio);
        Assert.True(forecast.IsSpike);
    }

    /// <summary>Adds each balance at its minute from <see cref="Start"/>, and returns the last forecast.</summary>
    private SpendForecast AddAt(params (double Minutes, decimal Credits)[] balances)
    {
        SpendForecast forecast = SpendForecast.Unknown;
        foreach (var (minutes, figure) in balances)
        {
            forecast = tracker.Add(Start + TimeSpan.FromMinutes(minutes), Figures.Credits(figure));
        }

        return forecast;
    }

    /// <summary>Reads the current balance (on the first call), then spends <paramref name="perPoll"/> credits before each of <paramref name="polls"/> more reads.</summary>
    private SpendForecast Spend(decimal perPoll, int polls, TimeSpan? every = null)
    {
        var forecast = started ? SpendForecast.Unknown : tracker.Add(now, Figures.Credits(credits));
        started = true;
        for (var i = 0; i < polls; i++)
        {
            credits -= perPoll;
            now += every ?? Poll;
            forecast = tracker.Add(now, Figures.Credits(credits));
        }

        return forecast;
    }
}
