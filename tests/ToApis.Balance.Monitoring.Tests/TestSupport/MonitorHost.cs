using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>
/// The monitor as an app runs it, against a <see cref="Gateway"/>, on a fake clock: the test advances time and waits
/// for the poll that follows (a bounded wait on real work, never a sleep).
/// </summary>
internal sealed class MonitorHost : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>How long a test waits for a poll over loopback before it fails.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(10);

    private readonly Channel<BalanceMonitorSnapshot> snapshots = Channel.CreateUnbounded<BalanceMonitorSnapshot>();
    private readonly ServiceProvider provider;
    private readonly IHostedService[] hosted;

    private MonitorHost(Action<BalanceMonitorOptions>? configure, Action<IServiceCollection>? services, string? clientName)
    {
        var gateway = Gateway;
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddFakeLogging();
        collection.AddSingleton<IBalanceAlertHandler>(Alerts);
        services?.Invoke(collection);
        void Client(ToApisBalanceClientOptions o)
        {
            o.ApiKey = Gateway.ApiKey;
            o.BaseAddress = gateway.BaseAddress;
            o.MaxRetryAttempts = 0;
        }

        var builder = clientName is null ? collection.AddToApisBalanceClient(Client) : collection.AddToApisBalanceClient(clientName, Client);
        builder.AddBalanceMonitoring(m =>
        {
            m.Interval = Interval;
            m.Jitter = 0;
            m.FirstPollJitter = TimeSpan.Zero;
            m.ForecastMinimumSpan = TimeSpan.FromMinutes(5);
            m.SpikeWindow = TimeSpan.FromMinutes(3);
            m.ForecastWindow = TimeSpan.FromHours(1);
            configure?.Invoke(m);
        });
        provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Monitor = provider.GetRequiredService<IBalanceMonitor>();
        Monitor.SnapshotChanged += (_, e) => snapshots.Writer.TryWrite(e.Snapshot);
        hosted = [.. provider.GetServices<IHostedService>()];
    }

    /// <summary>Gets the server the monitored client reads; a test changes its answers between polls.</summary>
    public Gateway Gateway { get; } = new();

    /// <summary>Gets the snapshot of the first poll, which <see cref="StartAsync"/> waits for.</summary>
    public BalanceMonitorSnapshot First { get; private set; } = null!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public RecordingAlertHandler Alerts { get; } = new();

    public IBalanceMonitor Monitor { get; }

    public FakeLogCollector Logs => provider.GetFakeLogCollector();

    public IServiceProvider Services => provider;

    /// <summary>Starts the monitor on a gateway answering as <paramref name="serve"/> sets it up, and waits for the first poll.</summary>
    public static async Task<MonitorHost> StartAsync(
        Action<Gateway> serve, Action<BalanceMonitorOptions>? configure = null, Action<IServiceCollection>? services = null, string? clientName = null)
    {
        var host = new MonitorHost(configure, services, clientName);
        serve(host.Gateway);
        foreach (var service in host.hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        host.First = await host.NextSnapshotAsync();
        return host;
    }

    /// <summary>Waits for the snapshot of the next poll to end.</summary>
    public async Task<BalanceMonitorSnapshot> NextSnapshotAsync() => await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Promptly);

    /// <summary>Moves the clock to the next poll the latest snapshot announced, and waits for that poll.</summary>
    public async Task<BalanceMonitorSnapshot> NextPollAsync()
    {
        var current = Monitor.Current!;
        Time.Advance(current.NextPollAt - Time.GetUtcNow());
        return await NextSnapshotAsync();
    }

    /// <summary>Polls <paramref name="count"/> more times, serving <paramref name="body"/> before each poll.</summary>
    public async Task<BalanceMonitorSnapshot> PollAsync(int count, Func<int, string> body)
    {
        BalanceMonitorSnapshot snapshot = Monitor.Current!;
        for (var i = 0; i < count; i++)
        {
            Gateway.Serve(body(i));
            snapshot = await NextPollAsync();
        }

        return snapshot;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await provider.DisposeAsync();
        Gateway.Dispose();
    }
}
