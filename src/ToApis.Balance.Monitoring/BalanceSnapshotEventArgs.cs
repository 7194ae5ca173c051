namespace ToApis.Balance.Monitoring;

/// <summary>The data of <see cref="IBalanceMonitor.SnapshotChanged"/>.</summary>
/// <param name="snapshot">The new snapshot.</param>
public sealed class BalanceSnapshotEventArgs(BalanceMonitorSnapshot snapshot) : EventArgs
{
    /// <summary>Gets the new snapshot.</summary>
    public BalanceMonitorSnapshot Snapshot { get; } = snapshot;
}
