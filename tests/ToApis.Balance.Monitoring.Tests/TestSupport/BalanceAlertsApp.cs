using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>
/// The sample <c>samples/BalanceAlerts</c> booted in-process with its own appsettings.json, on its sandbox, on a fake
/// clock that drives both the monitor's polls and the sandbox's falling balance: a test moves the clock to the next
/// poll and waits for that poll (a bounded wait on real work, never a sleep). Jitter is off, so polls fall every 10 s.
/// The sandbox is forced on (<c>Sandbox:Enabled</c>), so a <c>TOAPIS_API_KEY</c> in the environment changes nothing.
/// </summary>
internal sealed class BalanceAlertsApp : WebApplicationFactory<Program>
{
    /// <summary>When the app starts, by its clock.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(10);

    private readonly Channel<BalanceMonitorSnapshot> snapshots = Channel.CreateUnbounded<BalanceMonitorSnapshot>();

    public FakeTimeProvider Time { get; } = new(Start);

    public IBalanceMonitor Monitor => Services.GetRequiredService<IBalanceMonitor>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Starts the app and waits for its first poll.</summary>
    public Task<BalanceMonitorSnapshot> FirstPollAsync()
    {
        StartServer();
        return NextSnapshotAsync();
    }

    /// <summary>Moves the clock to the poll the latest snapshot announced, and waits for that poll.</summary>
    public Task<BalanceMonitorSnapshot> NextPollAsync()
    {
        Time.Advance(Monitor.Current!.NextPollAt - Time.GetUtcNow());
        return NextSnapshotAsync();
    }

    /// <summary>Polls until the clock reaches <paramref name="elapsed"/> after the start.</summary>
    public async Task<BalanceMonitorSnapshot> PollUntilAsync(TimeSpan elapsed)
    {
        var snapshot = await FirstPollAsync();
        while (Time.GetUtcNow() - Start < elapsed)
        {
            snapshot = await NextPollAsync();
        }

        return snapshot;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration reaches the program before it reads its own: the sandbox, even where TOAPIS_API_KEY is set.
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection([new("Sandbox:Enabled", "true")]));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.ClearProviders().AddFakeLogging());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.Configure<BalanceMonitorOptions>(o => (o.Jitter, o.FirstPollJitter) = (0, TimeSpan.Zero));

            // First of the hosted services, so it listens before the monitor's first poll. A snapshot is announced
            // after the wait for the next poll has started on the clock, so the test can then move the clock.
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp => new PollListener(sp.GetRequiredService<IBalanceMonitor>(), snapshots.Writer)));
        });
    }

    /// <summary>Waits for the snapshot of the next poll to end.</summary>
    private async Task<BalanceMonitorSnapshot> NextSnapshotAsync() => await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Promptly);

    private sealed class PollListener(IBalanceMonitor monitor, ChannelWriter<BalanceMonitorSnapshot> snapshots) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            monitor.SnapshotChanged += (_, e) => snapshots.TryWrite(e.Snapshot);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
