namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The forecast's part of <see cref="BalanceMonitorOptions"/>, copied when a monitor starts.</summary>
internal readonly record struct ForecastSettings(TimeSpan Window, TimeSpan MinimumSpan, TimeSpan SpikeWindow, double SpikeFactor)
{
    public static ForecastSettings From(BalanceMonitorOptions options) =>
        new(options.ForecastWindow, options.ForecastMinimumSpan, options.SpikeWindow, options.SpikeFactor);
}
