namespace ToApis.Balance.Monitoring;

/// <summary>
/// The spend rate measured from successive balances, and when the balance runs out at that rate. A figure is
/// <see langword="null"/> while too little has been seen to say (less than
/// <see cref="BalanceMonitorOptions.ForecastMinimumSpan"/> since the start or since the last recharge), when the
/// balance is unlimited, or when the server does not report the figure.
/// </summary>
public sealed record SpendForecast
{
    /// <summary>Gets the forecast of a balance about which nothing is known yet.</summary>
    public static SpendForecast Unknown { get; } = new();

    /// <summary>Gets the credits spent per hour over the forecast window, or <see langword="null"/>.</summary>
    public double? CreditsPerHour { get; init; }

    /// <summary>Gets the US dollars spent per hour over the forecast window, or <see langword="null"/>.</summary>
    public double? UsdPerHour { get; init; }

    /// <summary>Gets the balance spent per hour over the forecast window, in the balance's unit, or <see langword="null"/>.</summary>
    public double? BalancePerHour { get; init; }

    /// <summary>
    /// Gets when the balance runs out at <see cref="CreditsPerHour"/> (or at <see cref="BalancePerHour"/> when the
    /// server sends no credits), or <see langword="null"/> when nothing is being spent or too little is known.
    /// </summary>
    public DateTimeOffset? ExhaustionAt { get; init; }

    /// <summary>Gets how long the balance lasts at the current rate, counted from the latest balance, or <see langword="null"/>.</summary>
    public TimeSpan? TimeToExhaustion { get; init; }

    /// <summary>
    /// Gets the spend rate over the last <see cref="BalanceMonitorOptions.SpikeWindow"/> divided by the rate before it,
    /// or <see langword="null"/> when either is unknown or nothing was spent before.
    /// </summary>
    public double? SpikeRatio { get; init; }

    /// <summary>
    /// Gets a value indicating whether the recent spend rate runs at <see cref="BalanceMonitorOptions.SpikeFactor"/>
    /// times the rate before it or more: a runaway loop or a leaked key.
    /// </summary>
    public bool IsSpike { get; init; }

    /// <summary>Gets how much time the forecast window covers: from its first balance to its latest.</summary>
    public TimeSpan Span { get; init; }
}
