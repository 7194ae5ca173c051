namespace ToApis.Balance.Monitoring;

/// <summary>
/// The balance monitor: the latest snapshot of each monitored client, its changes as they happen, and a pre-flight
/// guard for batch jobs. Registered by <c>AddBalanceMonitoring</c>; it polls while the host runs.
/// </summary>
/// <remarks>
/// Where no client name is given, the unnamed client is meant, or the first monitored client when the unnamed one is
/// not monitored. Thread-safe.
/// </remarks>
public interface IBalanceMonitor
{
    /// <summary>
    /// Occurs after each poll of any client, with its new snapshot, once the poll's alerts have been handled. A
    /// subscriber's exception is logged and swallowed.
    /// </summary>
    event EventHandler<BalanceSnapshotEventArgs>? SnapshotChanged;

    /// <summary>Occurs for each alert, after the <see cref="IBalanceAlertHandler"/>s have had it. A subscriber's exception is logged and swallowed.</summary>
    event EventHandler<BalanceAlertEventArgs>? AlertRaised;

    /// <summary>Gets the latest snapshot of the default client, or <see langword="null"/> before its first poll ends.</summary>
    BalanceMonitorSnapshot? Current { get; }

    /// <summary>Gets the names of the monitored clients (<c>""</c> for the unnamed one), in registration order.</summary>
    IReadOnlyList<string> ClientNames { get; }

    /// <summary>Gets the latest snapshot of a client.</summary>
    /// <param name="clientName">The client's name, <c>""</c> for the unnamed one.</param>
    /// <returns>The snapshot, or <see langword="null"/> before the client's first poll ends.</returns>
    /// <exception cref="ArgumentException">No monitored client has this name.</exception>
    BalanceMonitorSnapshot? GetSnapshot(string clientName);

    /// <summary>
    /// Streams the snapshots: first the latest of each client, then each new one as polls end, until
    /// <paramref name="cancellationToken"/> is canceled or the host stops. A reader that falls behind loses the oldest.
    /// </summary>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The snapshots.</returns>
    IAsyncEnumerable<BalanceMonitorSnapshot> WatchAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls a client now, outside its schedule (a dashboard's refresh button, a test): the snapshot is published and
    /// its alerts handled as a scheduled poll's are, and the client's next scheduled poll moves to one interval after
    /// this one. It waits for a poll under way to end first.
    /// </summary>
    /// <param name="clientName">The client's name, <c>""</c> for the unnamed one; <see langword="null"/> for the default client.</param>
    /// <param name="cancellationToken">Cancels the wait and the API call.</param>
    /// <returns>The new snapshot; a failed read is in its <see cref="BalanceMonitorSnapshot.LastFailure"/>, not thrown.</returns>
    /// <exception cref="ArgumentException">No monitored client has this name.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<BalanceMonitorSnapshot> RefreshAsync(string? clientName = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks that the default client has at least <paramref name="credits"/> left (in its scope) before a batch starts:
    /// reads the monitor's snapshot when it is at most <see cref="BalanceMonitorOptions.GuardMaxAge"/> old, else the API.
    /// An unlimited balance always passes.
    /// </summary>
    /// <param name="credits">The credits the batch needs.</param>
    /// <param name="cancellationToken">Cancels the API call.</param>
    /// <returns>A task that completes when the balance is enough.</returns>
    /// <exception cref="ToApisInsufficientBalanceException">Fewer credits are left; <see cref="ToApisInsufficientBalanceException.Required"/> and <see cref="ToApisInsufficientBalanceException.Available"/> hold the figures.</exception>
    /// <exception cref="InvalidOperationException">The server does not report credits, so the check cannot be made.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="credits"/> is negative.</exception>
    /// <exception cref="ToApisException">The balance had to be read and the call failed.</exception>
    Task EnsureAtLeastAsync(decimal credits, CancellationToken cancellationToken);

    /// <summary>Checks that the default client has at least <paramref name="credits"/> left, as <see cref="EnsureAtLeastAsync(decimal, CancellationToken)"/> does.</summary>
    /// <param name="credits">The credits the batch needs.</param>
    /// <returns>A task that completes when the balance is enough.</returns>
    /// <exception cref="ToApisInsufficientBalanceException">Fewer credits are left.</exception>
    Task EnsureAtLeastAsync(decimal credits) => EnsureAtLeastAsync(credits, CancellationToken.None);

    /// <summary>Checks that a client has at least <paramref name="credits"/> left (in its scope), as <see cref="EnsureAtLeastAsync(decimal, CancellationToken)"/> does.</summary>
    /// <param name="clientName">The client's name, <c>""</c> for the unnamed one.</param>
    /// <param name="credits">The credits the batch needs.</param>
    /// <param name="cancellationToken">Cancels the API call.</param>
    /// <returns>A task that completes when the balance is enough.</returns>
    /// <exception cref="ToApisInsufficientBalanceException">Fewer credits are left; <see cref="ToApisInsufficientBalanceException.Required"/> and <see cref="ToApisInsufficientBalanceException.Available"/> hold the figures.</exception>
    /// <exception cref="InvalidOperationException">The server does not report credits, so the check cannot be made.</exception>
    /// <exception cref="ArgumentException">No monitored client has this name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="credits"/> is negative.</exception>
    /// <exception cref="ToApisException">The balance had to be read and the call failed.</exception>
    Task EnsureAtLeastAsync(string clientName, decimal credits, CancellationToken cancellationToken = default);

    /// <summary>Checks that the default client has at least <paramref name="usd"/> US dollars left (in its scope), as <see cref="EnsureAtLeastAsync(decimal, CancellationToken)"/> does for credits.</summary>
    /// <param name="usd">The US dollars the batch needs.</param>
    /// <param name="cancellationToken">Cancels the API call.</param>
    /// <returns>A task that completes when the balance is enough.</returns>
    /// <exception cref="ToApisInsufficientBalanceException">Less is left; <see cref="ToApisInsufficientBalanceException.Required"/> and <see cref="ToApisInsufficientBalanceException.Available"/> hold the figures in US dollars.</exception>
    /// <exception cref="InvalidOperationException">The server does not report credits (the US dollar figure is derived from them), so the check cannot be made.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usd"/> is negative.</exception>
    /// <exception cref="ToApisException">The balance had to be read and the call failed.</exception>
    Task EnsureAtLeastUsdAsync(decimal usd, CancellationToken cancellationToken);

    /// <summary>Checks that the default client has at least <paramref name="usd"/> US dollars left, as <see cref="EnsureAtLeastUsdAsync(decimal, CancellationToken)"/> does.</summary>
    /// <param name="usd">The US dollars the batch needs.</param>
    /// <returns>A task that completes when the balance is enough.</returns>
    /// <exception cref="ToApisInsufficientBalanceException">Less is left.</exception>
    Task EnsureAtLeastUsdAsync(decimal usd) => EnsureAtLeastUsdAsync(usd, CancellationToken.None);

    /// <summary>Checks that a client has at least <paramref name="usd"/> US dollars left (in its scope).</summary>
    /// <param name="clientName">The client's name, <c>""</c> for the unnamed one.</param>
    /// <param name="usd">The US dollars the batch needs.</param>
    /// <param name="cancellationToken">Cancels the API call.</param>
    /// <returns>A task that completes when the balance is enough.</returns>
    /// <exception cref="ToApisInsufficientBalanceException">Less is left; <see cref="ToApisInsufficientBalanceException.Required"/> and <see cref="ToApisInsufficientBalanceException.Available"/> hold the figures in US dollars.</exception>
    /// <exception cref="InvalidOperationException">The server does not report credits (the US dollar figure is derived from them), so the check cannot be made.</exception>
    /// <exception cref="ArgumentException">No monitored client has this name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usd"/> is negative.</exception>
    /// <exception cref="ToApisException">The balance had to be read and the call failed.</exception>
    Task EnsureAtLeastUsdAsync(string clientName, decimal usd, CancellationToken cancellationToken = default);
}
