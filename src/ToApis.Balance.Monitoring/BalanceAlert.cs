namespace ToApis.Balance.Monitoring;

/// <summary>
/// A change worth telling someone about: raised once when a state is entered and once when it ends
/// (<see cref="IsRecovery"/>), never on every poll.
/// </summary>
public sealed record BalanceAlert
{
    /// <summary>Gets what the alert is about.</summary>
    public BalanceAlertKind Kind { get; init; }

    /// <summary>
    /// Gets how serious it is. For a recovery, the level that stays in force for this kind: for a threshold, the level of
    /// the thresholds still crossed; otherwise <see cref="AlertLevel.Ok"/>.
    /// </summary>
    public AlertLevel Level { get; init; }

    /// <summary>Gets a value indicating whether the alert reports the end of a state rather than its start.</summary>
    public bool IsRecovery { get; init; }

    /// <summary>
    /// Gets, for a recovery, the level of the state that ended (the threshold's level, or the level its alert was raised
    /// at); <see langword="null"/> for an alert that starts a state. A handler routes on it: page when
    /// <c>!IsRecovery &amp;&amp; Level &gt;= AlertLevel.Warning</c>, and resolve the page of level <c>RecoveredFrom</c> on a recovery.
    /// </summary>
    public AlertLevel? RecoveredFrom { get; init; }

    /// <summary>Gets the threshold crossed or recovered past, for <see cref="BalanceAlertKind.Threshold"/>; otherwise <see langword="null"/>.</summary>
    public BalanceThreshold? Threshold { get; init; }

    /// <summary>Gets a description for people: which client, which figure, how much, what to do. It never holds the API key.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the monitor's snapshot that raised the alert.</summary>
    public required BalanceMonitorSnapshot Snapshot { get; init; }

    /// <summary>Gets the name of the monitored client: <c>""</c> for the unnamed one.</summary>
    public string ClientName => Snapshot.ClientName;
}
