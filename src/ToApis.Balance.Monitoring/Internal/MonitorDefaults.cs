namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The documented defaults and limits of <see cref="BalanceMonitorOptions"/>, in one place.</summary>
internal static class MonitorDefaults
{
    /// <summary>How long an alert handler may take before the monitor stops waiting for it and logs it as failed.</summary>
    public static readonly TimeSpan AlertHandlerTimeout = TimeSpan.FromSeconds(30);

    public const string ConfigurationSection = "ToApis:Monitoring";
    public const double Jitter = 0.1;
    public const double MaxJitter = 0.5;
    public const double HysteresisPercent = 5;
    public const int ConsecutiveFailuresBeforeAlert = 3;
    public const int MaxConsecutiveFailuresBeforeAlert = 100;
    public const double SpikeFactor = 3;
    public const double MinSpikeFactor = 1.5;
    public const double MaxSpikeFactor = 1000;

    /// <summary>Polls that fail for a reason that will not pass soon (a refused key, 429 without a wait) back off up to this.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinForecastWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan WarnWhenExhaustedWithin = TimeSpan.FromHours(24);
    public static readonly TimeSpan ForecastWindow = TimeSpan.FromHours(6);
    public static readonly TimeSpan ForecastMinimumSpan = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan SpikeWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan GuardMaxAge = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan FirstPollJitter = TimeSpan.FromSeconds(2);

    /// <summary>Without <see cref="BalanceMonitorOptions.StaleAfter"/>, a balance is stale after this many intervals without a successful poll.</summary>
    public const int StaleIntervals = 3;

    /// <summary>How old a balance may be before it is stale: <see cref="BalanceMonitorOptions.StaleAfter"/>, or three intervals.</summary>
    public static TimeSpan StaleAfter(BalanceMonitorOptions options) => options.StaleAfter ?? options.Interval * StaleIntervals;
}
