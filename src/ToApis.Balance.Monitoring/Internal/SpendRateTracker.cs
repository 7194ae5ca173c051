namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// Measures the spend rate from successive balances. A least-squares slope over the forecast window smooths bursts;
/// a balance that goes up (a recharge or refund) starts the window again, so money added is never read as negative
/// spend; nothing is extrapolated from less than the minimum span. Not thread-safe: one poll loop owns it.
/// </summary>
internal sealed class SpendRateTracker(ForecastSettings settings)
{
    /// <summary>A forecast further out than this says nothing useful, and would not fit a <see cref="TimeSpan"/> for long.</summary>
    private const double MaxHoursToExhaustion = 24 * 365 * 100;

    private const int MinimumSamples = 3;

    private readonly List<Sample> samples = [];

    /// <summary>Gets how many balances the tracker holds: those of the window, however many polls came before.</summary>
    public int Count => samples.Count;

    /// <summary>Adds the balance read at <paramref name="at"/> and returns the forecast with it.</summary>
    public SpendForecast Add(DateTimeOffset at, in BalanceFigures figures)
    {
        var sample = new Sample(at, figures.Credits.Amount, figures.Usd.Amount, figures.Balance.Amount);
        if (samples.Count > 0 && (IsRecharge(sample) || at < samples[^1].At))
        {
            samples.Clear();
        }

        samples.Add(sample);
        samples.RemoveAll(s => at - s.At > settings.Window);

        var span = at - samples[0].At;
        var credits = LongRate(static s => s.Credits);
        var balance = LongRate(static s => s.Balance);
        var primary = sample.Credits is not null ? (Rate: credits, Remaining: sample.Credits) : (Rate: balance, Remaining: sample.Balance);
        var (spikeRatio, isSpike) = Spike(sample.Credits is not null ? static s => s.Credits : static s => s.Balance);
        // Already run out (the core's rule, on credits or else the balance): exhausted now, whatever the rate.
        var hours = figures.IsExhausted ? 0 : HoursToExhaustion(primary.Rate, primary.Remaining);
        return new SpendForecast
        {
            CreditsPerHour = credits,
            UsdPerHour = LongRate(static s => s.Usd),
            BalancePerHour = balance,
            TimeToExhaustion = hours is { } h ? TimeSpan.FromHours(h) : null,
            ExhaustionAt = hours is { } e ? at + TimeSpan.FromHours(e) : null,
            SpikeRatio = spikeRatio,
            IsSpike = isSpike,
            Span = span,
        };
    }

    /// <summary>
    /// A rise larger than noise means money was added: what was spent before says nothing about what is left now. A
    /// small rise is a refund (a gateway that takes a cost up front and returns the difference): it stays in the
    /// window, where the least-squares slope absorbs it. Large means above 1 % of the balance and above three times the
    /// largest fall between two balances in the window.
    /// </summary>
    private bool IsRecharge(Sample now)
    {
        // In doubles: a difference of two server figures near decimal's range would overflow a decimal and throw, and
        // a heuristic needs no more than a double's precision.
        Func<Sample, decimal?> figure = now.Credits is not null ? static s => s.Credits : static s => s.Balance;
        if (figure(now) is not { } value || figure(samples[^1]) is not { } before || value <= before)
        {
            return false;
        }

        var largestFall = 0d;
        for (var i = 1; i < samples.Count; i++)
        {
            if (figure(samples[i - 1]) is { } earlier && figure(samples[i]) is { } later && (double)earlier - (double)later > largestFall)
            {
                largestFall = (double)earlier - (double)later;
            }
        }

        var rise = (double)value - (double)before;
        return rise > Math.Abs((double)before) / 100 && rise > largestFall * 3;
    }

    private static double? HoursToExhaustion(double? rate, decimal? remaining)
    {
        if (remaining is not { } left || rate is not > 0)
        {
            return null;
        }

        var hours = Math.Max(0, (double)left / rate.Value);
        return hours > MaxHoursToExhaustion ? null : hours;
    }

    /// <summary>The rate over the whole window, once it covers the minimum span with enough balances.</summary>
    private double? LongRate(Func<Sample, decimal?> figure)
    {
        var series = Series(figure, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        return series.Count >= MinimumSamples && series.Span >= settings.MinimumSpan ? Rate(series) : null;
    }

    /// <summary>
    /// The rate over the last spike window against the rate before it, each over at least half a spike window. After
    /// an idle stretch (nothing spent before), any spend now is a spike with no ratio: a key that wakes up spending,
    /// a leaked one say, must not wait a whole window to be noticed.
    /// </summary>
    private (double? Ratio, bool IsSpike) Spike(Func<Sample, decimal?> figure)
    {
        var latest = samples[^1].At;
        var start = latest - settings.SpikeWindow;
        var recent = Series(figure, start, latest);
        var before = Series(figure, DateTimeOffset.MinValue, start);
        var minimum = settings.SpikeWindow / 2;
        if (recent.Count < 2 || before.Count < 2 || recent.Span < minimum || before.Span < minimum)
        {
            return (null, false);
        }

        var baseline = Rate(before);
        var now = Rate(recent);
        if (baseline <= 0)
        {
            return (null, now > 0);
        }

        var ratio = now / baseline;
        return (ratio, ratio >= settings.SpikeFactor);
    }

    private FigureSeries Series(Func<Sample, decimal?> figure, DateTimeOffset from, DateTimeOffset to)
    {
        var series = new FigureSeries(samples, figure, from, to);
        var count = 0;
        DateTimeOffset first = default, last = default;
        foreach (var sample in samples)
        {
            if (series.Holds(sample, out _))
            {
                if (count == 0)
                {
                    first = sample.At;
                }

                last = sample.At;
                count++;
            }
        }

        return series with { Count = count, First = first, Span = last - first };
    }

    /// <summary>Spend per hour: minus the least-squares slope of the figure over time, never below zero.</summary>
    private static double Rate(in FigureSeries series)
    {
        var origin = series.First;
        double meanX = 0, meanY = 0;
        foreach (var sample in series.Samples)
        {
            if (series.Holds(sample, out var value))
            {
                meanX += (sample.At - origin).TotalHours;
                meanY += value;
            }
        }

        meanX /= series.Count;
        meanY /= series.Count;
        double covariance = 0, variance = 0;
        foreach (var sample in series.Samples)
        {
            if (series.Holds(sample, out var value))
            {
                var dx = (sample.At - origin).TotalHours - meanX;
                covariance += dx * (value - meanY);
                variance += dx * dx;
            }
        }

        return variance == 0 ? 0 : Math.Max(0, -covariance / variance);
    }

    private readonly record struct Sample(DateTimeOffset At, decimal? Credits, decimal? Usd, decimal? Balance);

    /// <summary>
    /// The balances of one figure from one instant to another, both included: read where they lie rather than copied,
    /// so that a poll allocates nothing for them however many balances the window holds.
    /// </summary>
    private readonly record struct FigureSeries(List<Sample> Samples, Func<Sample, decimal?> Figure, DateTimeOffset From, DateTimeOffset To)
    {
        public int Count { get; init; }

        /// <summary>Gets when the first balance of the series was read.</summary>
        public DateTimeOffset First { get; init; }

        /// <summary>Gets the time from the first balance of the series to the last.</summary>
        public TimeSpan Span { get; init; }

        /// <summary>Whether the series holds <paramref name="sample"/>, and its figure if so.</summary>
        public bool Holds(in Sample sample, out double value)
        {
            if (sample.At >= From && sample.At <= To && Figure(sample) is { } figure)
            {
                value = (double)figure;
                return true;
            }

            value = 0;
            return false;
        }
    }
}
