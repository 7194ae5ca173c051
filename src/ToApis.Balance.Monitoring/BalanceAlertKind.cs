namespace ToApis.Balance.Monitoring;

/// <summary>What a <see cref="BalanceAlert"/> is about.</summary>
public enum BalanceAlertKind
{
    /// <summary>A <see cref="BalanceThreshold"/> was crossed, or the balance recovered past it.</summary>
    Threshold = 0,

    /// <summary>The spend-rate forecast says the balance runs out within <see cref="BalanceMonitorOptions.WarnWhenExhaustedWithin"/> (<see cref="AlertLevel.Warning"/>).</summary>
    Exhaustion = 1,

    /// <summary>The recent spend rate runs at <see cref="BalanceMonitorOptions.SpikeFactor"/> times the earlier rate or more.</summary>
    SpendSpike = 2,

    /// <summary><see cref="BalanceMonitorOptions.ConsecutiveFailuresBeforeAlert"/> polls in a row failed.</summary>
    PollFailures = 3,

    /// <summary>The server refused the API key (revoked, deleted or wrong): critical at once.</summary>
    Authentication = 4,

    /// <summary>The balance has run out (<see cref="BalanceFigures.IsExhausted"/>): <see cref="AlertLevel.Critical"/>, thresholds or not.</summary>
    Exhausted = 5,
}
