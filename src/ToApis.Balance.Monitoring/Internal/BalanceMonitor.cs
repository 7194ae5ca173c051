using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// The hosted service behind <see cref="IBalanceMonitor"/>: one poll loop per monitored client, each on its own
/// interval, none able to stop the others or the host.
/// </summary>
internal sealed class BalanceMonitor : BackgroundService, IBalanceMonitor
{
    private readonly Dictionary<string, ClientMonitor> clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PollGate> gates = new(StringComparer.Ordinal);
    private readonly IBalanceAlertHandler[] handlers;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SnapshotFeed feed = new();
    private readonly MonitorTelemetry telemetry;

    /// <summary>The host's stopping token once the service runs; what ends the telling of a refresh's alerts.</summary>
    private CancellationToken stopping;

    public BalanceMonitor(IServiceProvider services, MonitoredClients monitored, IOptionsMonitor<BalanceMonitorOptions> options, TimeProvider time)
    {
        foreach (var name in monitored.Names)
        {
            var client = name.Length == 0 ? services.GetRequiredService<IToApisBalanceClient>() : services.GetRequiredKeyedService<IToApisBalanceClient>(name);
            clients.Add(name, new ClientMonitor(name, client, options.Get(name), time));
            gates.Add(name, new PollGate(time));
        }

        ClientNames = monitored.Names;
        handlers = [.. services.GetServices<IBalanceAlertHandler>()];
        this.time = time;
        logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(Log.Category);
        telemetry = new MonitorTelemetry(services.GetRequiredService<IMeterFactory>(), () => Clients, time);
    }

    public event EventHandler<BalanceSnapshotEventArgs>? SnapshotChanged;

    public event EventHandler<BalanceAlertEventArgs>? AlertRaised;

    public IReadOnlyList<string> ClientNames { get; }

    /// <summary>Gets the monitors of the clients, in registration order.</summary>
    public IEnumerable<ClientMonitor> Clients => ClientNames.Select(name => clients[name]);

    public BalanceMonitorSnapshot? Current => Default().Current;

    public BalanceMonitorSnapshot? GetSnapshot(string clientName) => Find(clientName).Current;

    public IAsyncEnumerable<BalanceMonitorSnapshot> WatchAsync(CancellationToken cancellationToken = default) =>
        feed.ReadAsync(() => clients.Values.Select(c => c.Current).OfType<BalanceMonitorSnapshot>(), cancellationToken);

    public Task<BalanceMonitorSnapshot> RefreshAsync(string? clientName = null, CancellationToken cancellationToken = default) =>
        RefreshAsync(clientName is null ? Default() : Find(clientName), cancellationToken);

    public Task EnsureAtLeastAsync(decimal credits, CancellationToken cancellationToken) =>
        BalanceGuard.EnsureAsync(Default(), ThresholdMeasure.Credits, credits, time, cancellationToken);

    public Task EnsureAtLeastAsync(string clientName, decimal credits, CancellationToken cancellationToken) =>
        BalanceGuard.EnsureAsync(Find(clientName), ThresholdMeasure.Credits, credits, time, cancellationToken);

    public Task EnsureAtLeastUsdAsync(decimal usd, CancellationToken cancellationToken) =>
        BalanceGuard.EnsureAsync(Default(), ThresholdMeasure.Usd, usd, time, cancellationToken);

    public Task EnsureAtLeastUsdAsync(string clientName, decimal usd, CancellationToken cancellationToken) =>
        BalanceGuard.EnsureAsync(Find(clientName), ThresholdMeasure.Usd, usd, time, cancellationToken);

    public override void Dispose()
    {
        base.Dispose();
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        feed.Complete();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        return RunAllAsync(stoppingToken);
    }

    private Task RunAllAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(clients.Values.Select(client => RunAsync(client, stoppingToken)));

    private async Task RunAsync(ClientMonitor client, CancellationToken stoppingToken)
    {
        // Off the host's start path: StartAsync returns at the first await, and a slow first poll never delays the app.
        await Task.Yield();
        var gate = gates[client.Name];

        // A fleet restarted together spreads its first polls too, not only the later ones.
        gate.Schedule(PollSchedule.First(client.Options.FirstPollJitter, Random.Shared.NextDouble()));
        while (true)
        {
            var due = gate.Due;
            try
            {
                await due.WaitAsync(stoppingToken).ConfigureAwait(false);
                await gate.EnterAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                // A refresh that took this slot has rescheduled: nothing is due any more.
                if (gate.Due == due)
                {
                    await PollAndPublishAsync(client, gate, stoppingToken, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // A fault of the monitor's own (the client's failures are handled inside the poll) must not stop the
                // host (a BackgroundService that throws does, by default): log it and try again after an interval.
                Log.PollError(logger, client.Name, error);
                gate.Schedule(client.Options.Interval);
            }
            finally
            {
                gate.Exit();
            }
        }
    }

    /// <summary>
    /// Polls a client once, schedules the next poll, and tells everyone: the wait starts before anyone hears of the poll,
    /// so the cadence does not drift by the handlers' time; the alerts go first, so whoever sees the new snapshot knows
    /// its alerts have been handled. The caller holds the client's gate. Once read, a poll is told whatever happens to
    /// whoever asked for it (<paramref name="readToken"/>): its alert latches have moved, so an alert not told now would
    /// never be told; only the host's stopping ends the telling (<paramref name="publishToken"/>).
    /// </summary>
    private async Task<PollResult> PollAndPublishAsync(ClientMonitor client, PollGate gate, CancellationToken readToken, CancellationToken publishToken)
    {
        var result = await telemetry.PollAsync(client, readToken).ConfigureAwait(false);
        gate.Schedule(result.NextPollIn);
        LogPoll(client, result);
        await DispatchAsync(result.Alerts, publishToken).ConfigureAwait(false);
        feed.Publish(result.Snapshot);
        Raise(SnapshotChanged, new BalanceSnapshotEventArgs(result.Snapshot), nameof(SnapshotChanged));
        return result;
    }

    private void LogPoll(ClientMonitor client, PollResult result)
    {
        var snapshot = result.Snapshot;
        if (snapshot.LastFailure is null)
        {
            Log.Polled(logger, client.Name, snapshot.Level, snapshot.RemainingCredits, result.NextPollIn);
        }
        else if (snapshot.LastFailure is ToApisException)
        {
            // The client has logged the failed call itself, once, at Error.
            Log.PollFailed(logger, client.Name, snapshot.LastFailure.GetType().Name, snapshot.ConsecutiveFailures, result.NextPollIn);
        }
        else
        {
            Log.PollError(logger, client.Name, snapshot.LastFailure);
        }
    }

    private async Task DispatchAsync(IReadOnlyList<BalanceAlert> alerts, CancellationToken stoppingToken)
    {
        foreach (var alert in alerts)
        {
            Log.Alert(logger, alert.IsRecovery ? LogLevel.Information : alert.Level == AlertLevel.Critical ? LogLevel.Error : LogLevel.Warning, alert.Message);
            foreach (var handler in handlers)
            {
                try
                {
                    // A handler that hangs (a pager that never answers) must not stop the polls nor the host's shutdown:
                    // it is asked to stop after the limit, and no longer waited for.
                    using var limit = new CancellationTokenSource(MonitorDefaults.AlertHandlerTimeout, time);
                    using var either = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, stoppingToken);
                    await handler.HandleAsync(alert, either.Token).WaitAsync(MonitorDefaults.AlertHandlerTimeout, time, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception error) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.HandlerFailed(logger, handler.GetType().Name, error);
                }
            }

            Raise(AlertRaised, new BalanceAlertEventArgs(alert), nameof(AlertRaised));
        }
    }

    private void Raise<T>(EventHandler<T>? handler, T args, string name)
    {
        if (handler is null)
        {
            return;
        }

        // Each subscriber on its own, so one that throws neither stops the others nor the monitor.
        foreach (var subscriber in handler.GetInvocationList().Cast<EventHandler<T>>())
        {
            try
            {
                subscriber(this, args);
            }
            catch (Exception error)
            {
                Log.HandlerFailed(logger, name, error);
            }
        }
    }

    private async Task<BalanceMonitorSnapshot> RefreshAsync(ClientMonitor client, CancellationToken cancellationToken)
    {
        var gate = gates[client.Name];
        await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return (await PollAndPublishAsync(client, gate, cancellationToken, stopping).ConfigureAwait(false)).Snapshot;
        }
        finally
        {
            gate.Exit();
        }
    }

    private ClientMonitor Default() =>
        clients.TryGetValue(string.Empty, out var unnamed) ? unnamed : clients[ClientNames[0]];

    private ClientMonitor Find(string clientName)
    {
        ArgumentNullException.ThrowIfNull(clientName);
        return clients.TryGetValue(clientName, out var client)
            ? client
            : throw new ArgumentException($"No balance monitor for client '{clientName}': call AddBalanceMonitoring on that client's AddToApisBalanceClient builder.", nameof(clientName));
    }
}
