namespace ToApis.Balance.Monitoring;

/// <summary>The data of <see cref="IBalanceMonitor.AlertRaised"/>.</summary>
/// <param name="alert">The alert.</param>
public sealed class BalanceAlertEventArgs(BalanceAlert alert) : EventArgs
{
    /// <summary>Gets the alert.</summary>
    public BalanceAlert Alert { get; } = alert;
}
