using System.Collections.Concurrent;

namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>An alert handler that keeps what it receives, in order.</summary>
internal sealed class RecordingAlertHandler : IBalanceAlertHandler
{
    private readonly ConcurrentQueue<BalanceAlert> received = new();

    public IReadOnlyList<BalanceAlert> Received => [.. received];

    public Task HandleAsync(BalanceAlert alert, CancellationToken cancellationToken)
    {
        received.Enqueue(alert);
        return Task.CompletedTask;
    }
}
