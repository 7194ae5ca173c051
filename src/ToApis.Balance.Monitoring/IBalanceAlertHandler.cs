namespace ToApis.Balance.Monitoring;

/// <summary>
/// Receives the monitor's alerts: register any number with dependency injection
/// (<c>services.AddSingleton&lt;IBalanceAlertHandler, MyPager&gt;()</c>); each gets every alert, in turn.
/// </summary>
/// <remarks>An exception a handler throws is logged and does not reach the monitor or the other handlers.</remarks>
public interface IBalanceAlertHandler
{
    /// <summary>Handles one alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Canceled when the host stops.</param>
    /// <returns>A task that completes when the alert is handled.</returns>
    Task HandleAsync(BalanceAlert alert, CancellationToken cancellationToken);
}
