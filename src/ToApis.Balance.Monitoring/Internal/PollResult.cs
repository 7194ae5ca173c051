namespace ToApis.Balance.Monitoring.Internal;

/// <summary>What one poll produced: the new snapshot, the alerts it raises, and how long to wait before the next.</summary>
internal sealed record PollResult(BalanceMonitorSnapshot Snapshot, IReadOnlyList<BalanceAlert> Alerts, TimeSpan NextPollIn);
