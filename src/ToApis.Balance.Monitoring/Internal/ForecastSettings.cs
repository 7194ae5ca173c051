namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The forecast's part of <see cref="BalanceMonitorOptions"/>, copied when a monitor starts.</summary>
internal readonly record struct ForecastSettings(TimeSpan Window, TimeSpan MinimumSpan, TimeSpan SpikeWindow, double SpikeFactor)
{
    /// <summary>
    /// The settings as used: a span shorter than the polls can fill is raised to fit the interval (the minimum span and
    /// the spike window to two intervals, the window to four), so a long interval works with the defaults.
    /// </summary>
    public static ForecastSettings From(BalanceMonitorOptions options)
    {
        var window = Max(options.ForecastWindow, options.Interval * 4);
        var minimumSpan = Min(Max(options.ForecastMinimumSpan, options.Interval * 2), window);
        var spikeWindow = Min(Max(options.SpikeWindow, options.Interval * 2), window / 2);
        return new(window, minimumSpan, spikeWindow, options.SpikeFactor);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
