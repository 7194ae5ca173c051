namespace ToApis.Balance.Monitoring;

/// <summary>
/// What the monitor knows about one client's balance after its latest poll: the balances it last read (kept when a
/// later poll fails), the figures it judges, the forecast, and how the polls are going.
/// </summary>
public sealed record BalanceMonitorSnapshot
{
    /// <summary>Gets the name of the monitored client: <c>""</c> for the unnamed one.</summary>
    public required string ClientName { get; init; }

    /// <summary>Gets which balance is read and judged.</summary>
    public BalanceScope Scope { get; init; }

    /// <summary>Gets the API key's balance as last read, or <see langword="null"/> when the scope leaves it out or no poll has succeeded.</summary>
    public TokenBalance? Token { get; init; }

    /// <summary>Gets the account's balance as last read, or <see langword="null"/> when the scope leaves it out or no poll has succeeded.</summary>
    public UserBalance? User { get; init; }

    /// <summary>
    /// Gets the figures judged, in the scope: of one balance (<see cref="BalanceFigures.Of(BalanceSnapshot)"/>), or with
    /// <see cref="BalanceScope.Both"/> the effective ones (<see cref="BalanceFigures.Of(Balances)"/>); every figure
    /// <see cref="Quota.NotReported"/> before the first successful poll.
    /// </summary>
    public BalanceFigures Figures { get; internal init; }

    /// <summary>Gets the remaining credits in the scope (with <see cref="BalanceScope.Both"/>, the smaller of the two).</summary>
    public Quota RemainingCredits => Figures.Credits;

    /// <summary>Gets the remaining balance in its unit, in the scope (with <see cref="BalanceScope.Both"/>, the smaller of the two).</summary>
    public Quota Remaining => Figures.Balance;

    /// <summary>Gets the remaining balance in US dollars, in the scope (with <see cref="BalanceScope.Both"/>, the smaller of the two).</summary>
    public Quota RemainingUsd => Figures.Usd;

    /// <summary>
    /// Gets the percentage remaining of the total (<see cref="BalanceSnapshot.PercentRemaining"/>; with
    /// <see cref="BalanceScope.Both"/>, the lower of the two sides), or <see langword="null"/> when the balance is
    /// unlimited or the server does not report the figures it needs.
    /// </summary>
    public decimal? PercentRemaining => Figures.PercentRemaining.Amount;

    /// <summary>Gets a value indicating whether the balance has run out (<see cref="BalanceFigures.IsExhausted"/>): <see cref="AlertLevel.Critical"/>, thresholds or not.</summary>
    public bool IsExhausted => Figures.IsExhausted;

    /// <summary>Gets the percentage used of the total, or <see langword="null"/> where <see cref="PercentRemaining"/> is.</summary>
    public decimal? PercentUsed => 100m - PercentRemaining;

    /// <summary>
    /// Gets which side sets <see cref="RemainingCredits"/>: the scope itself for <see cref="BalanceScope.Token"/> or
    /// <see cref="BalanceScope.User"/>; for <see cref="BalanceScope.Both"/>, as <see cref="Balances.LimitedBy"/> says.
    /// </summary>
    public BalanceScope? LimitedBy { get; init; }

    /// <summary>Gets when the balances were fetched (the older of the two), or <see langword="null"/> when no poll has succeeded.</summary>
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>Gets when the latest poll ended, successful or not.</summary>
    public DateTimeOffset CheckedAt { get; init; }

    /// <summary>
    /// Gets when the next poll is due: <see cref="CheckedAt"/> plus the interval with jitter, or later after a refused
    /// key or a rate limit (the server's <c>Retry-After</c>).
    /// </summary>
    public DateTimeOffset NextPollAt { get; init; }

    /// <summary>Gets how old the balances were at the latest poll: zero after a success, growing while polls fail; <see langword="null"/> without balances.</summary>
    public TimeSpan? Age => CheckedAt - FetchedAt;

    /// <summary>
    /// Gets a value indicating whether the balances are older than <see cref="BalanceMonitorOptions.StaleAfter"/> at the
    /// latest poll, or no poll has succeeded yet.
    /// </summary>
    public bool IsStale { get; init; }

    /// <summary>Gets the most serious state in force: thresholds crossed, forecast, spike, failed polls or a refused key.</summary>
    public AlertLevel Level { get; init; }

    /// <summary>
    /// Gets a value indicating whether the state may be worse than <see cref="Level"/> and is not known: the latest
    /// balance read lacks a figure that a threshold of a higher level needs (<see cref="Undecided"/>), or lacks both
    /// the credits and the balance, so whether it has run out is not known (with or without thresholds). It is the
    /// core's rule (<see cref="BalanceStatus.IsUnknown"/>, which the command-line tool reports as UNKNOWN) judged against
    /// this snapshot's <see cref="Level"/>, which a forecast, a spike, failing polls or a threshold not yet re-armed can
    /// raise above the thresholds' own level. A figure not reported is never taken for zero; <see langword="false"/>
    /// before the first successful poll (see <see cref="IsStale"/>).
    /// </summary>
    public bool IsUnknown { get; init; }

    /// <summary>
    /// Gets the threshold that could not be judged when <see cref="IsUnknown"/> is set, or <see langword="null"/>
    /// (also when what is not known is whether the balance has run out).
    /// </summary>
    public BalanceThreshold? Undecided { get; init; }

    /// <summary>Gets the spend rate and the exhaustion forecast.</summary>
    public SpendForecast Forecast { get; init; } = SpendForecast.Unknown;

    /// <summary>Gets how many polls in a row have failed; zero after a success.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Gets why the latest poll failed (its message is scrubbed of secrets), or <see langword="null"/> when it succeeded.</summary>
    public Exception? LastFailure { get; init; }
}
