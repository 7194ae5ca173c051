using System.ComponentModel.DataAnnotations;
using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring;

/// <summary>
/// Settings of the balance monitor of one client. Bind them from configuration (the section <c>ToApis:Monitoring</c>
/// by convention; keys match the property names) or set them in code. They are checked when the host starts.
/// </summary>
public sealed class BalanceMonitorOptions
{
    /// <summary>Gets or sets how often the balance is read.</summary>
    /// <value>The default value is 5 minutes. The allowed range is 10 seconds to 24 hours.</value>
    public TimeSpan Interval { get; set; } = MonitorDefaults.Interval;

    /// <summary>
    /// Gets or sets how much each wait between polls varies at random, as a fraction of <see cref="Interval"/>, so that
    /// a fleet of instances started together does not poll in lockstep.
    /// </summary>
    /// <value>The default value is 0.1 (each wait is 90 % to 110 % of the interval). The allowed range is 0 to 0.5.</value>
    [Range(0, MonitorDefaults.MaxJitter)]
    public double Jitter { get; set; } = MonitorDefaults.Jitter;

    /// <summary>
    /// Gets or sets the longest wait before the first poll, chosen at random from zero to it, so that a fleet restarted
    /// together does not poll in lockstep from the start. Until the first poll ends, the health check reports that no
    /// balance has been read yet.
    /// </summary>
    /// <value>The default value is 2 seconds. The allowed range is 0 (poll at once) to <see cref="Interval"/>.</value>
    public TimeSpan FirstPollJitter { get; set; } = MonitorDefaults.FirstPollJitter;

    /// <summary>
    /// Gets or sets which balance is read and judged: the API key's (<see cref="BalanceScope.Token"/>), the account's
    /// (<see cref="BalanceScope.User"/>), or both, judged by the effective remaining: the smaller of the two, since a
    /// key's own limit can exceed what its account holds.
    /// </summary>
    /// <value>The default value is <see cref="BalanceScope.Both"/>.</value>
    public BalanceScope Scope { get; set; } = BalanceScope.Both;

    /// <summary>Gets the thresholds that raise alerts; add as many as you need, at any level.</summary>
    /// <value>The default value is an empty list: no threshold alerts.</value>
    public IList<BalanceThreshold> Thresholds { get; } = [];

    /// <summary>
    /// Gets or sets the horizon of the exhaustion alert: a <see cref="AlertLevel.Warning"/> is raised when the spend-rate
    /// forecast says the balance runs out within it. Zero turns the alert off.
    /// </summary>
    /// <value>The default value is 24 hours. The allowed range is 0 to 7 days.</value>
    public TimeSpan WarnWhenExhaustedWithin { get; set; } = MonitorDefaults.WarnWhenExhaustedWithin;

    /// <summary>
    /// Gets or sets how far past a threshold, in percent of the threshold's value, a figure must recover before the
    /// threshold can fire again; it keeps a balance that hovers around a threshold from raising an alert on every poll.
    /// </summary>
    /// <value>The default value is 5 (a 2,000-credit threshold re-arms above 2,100 credits). The allowed range is 0 to 100.</value>
    public double HysteresisPercent { get; set; } = MonitorDefaults.HysteresisPercent;

    /// <summary>Gets or sets how many polls in a row must fail before an alert is raised for them.</summary>
    /// <value>The default value is 3. The allowed range is 1 to 100. A refused API key raises a critical alert at once.</value>
    [Range(1, MonitorDefaults.MaxConsecutiveFailuresBeforeAlert)]
    public int ConsecutiveFailuresBeforeAlert { get; set; } = MonitorDefaults.ConsecutiveFailuresBeforeAlert;

    /// <summary>
    /// Gets or sets how old the latest balance may be before the monitor calls it stale (the health check then reports
    /// Unhealthy). <see langword="null"/> means three intervals.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (three times <see cref="Interval"/>). It must be at least <see cref="Interval"/>.</value>
    public TimeSpan? StaleAfter { get; set; }

    /// <summary>Gets or sets how far back the spend rate is measured.</summary>
    /// <value>The default value is 6 hours. The allowed range is 1 minute to 7 days; shorter than four intervals, four intervals are used.</value>
    public TimeSpan ForecastWindow { get; set; } = MonitorDefaults.ForecastWindow;

    /// <summary>
    /// Gets or sets how much time the balances must cover (since the start, or since the last recharge) before a spend
    /// rate is reported: a rate measured over a few minutes is not extrapolated to days.
    /// </summary>
    /// <value>The default value is 30 minutes. It must fit in <see cref="ForecastWindow"/>; shorter than two intervals, two intervals are used.</value>
    public TimeSpan ForecastMinimumSpan { get; set; } = MonitorDefaults.ForecastMinimumSpan;

    /// <summary>Gets or sets the recent window whose spend rate is compared with the rate before it, to detect a spike.</summary>
    /// <value>The default value is 15 minutes. It must be at most half of <see cref="ForecastWindow"/>; shorter than two intervals, two intervals are used.</value>
    public TimeSpan SpikeWindow { get; set; } = MonitorDefaults.SpikeWindow;

    /// <summary>Gets or sets how many times the earlier rate the recent spend rate must reach to count as a spike.</summary>
    /// <value>The default value is 3. The allowed range is 1.5 to 1000.</value>
    [Range(MonitorDefaults.MinSpikeFactor, MonitorDefaults.MaxSpikeFactor)]
    public double SpikeFactor { get; set; } = MonitorDefaults.SpikeFactor;

    /// <summary>
    /// Gets or sets how old the monitor's latest balance may be for the pre-flight guard (<see cref="IBalanceMonitor.EnsureAtLeastAsync(decimal, CancellationToken)"/>) to
    /// rely on it; an older one is read again from the API. Zero always reads the API.
    /// </summary>
    /// <value>The default value is 1 minute. The allowed range is 0 to 24 hours.</value>
    public TimeSpan GuardMaxAge { get; set; } = MonitorDefaults.GuardMaxAge;
}
