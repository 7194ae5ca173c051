using ToApis.Balance.Monitoring;

namespace BalanceAlerts;

/// <summary>
/// An alert handler: where an app would page someone or post to a channel. This one keeps the latest alerts, newest
/// first, for <c>/balance</c>. The monitor calls it once per alert, after logging the alert itself.
/// </summary>
internal sealed class AlertBoard(TimeProvider time) : IBalanceAlertHandler
{
    private const int Capacity = 20;

    private readonly Lock gate = new();
    private readonly LinkedList<AlertView> latest = new();

    public IReadOnlyList<AlertView> Latest
    {
        get
        {
            lock (gate)
            {
                return [.. latest];
            }
        }
    }

    public Task HandleAsync(BalanceAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var view = new AlertView(time.GetUtcNow(), alert.Level.ToString(), alert.Kind.ToString(), alert.IsRecovery, alert.Message);
        lock (gate)
        {
            latest.AddFirst(view);
            if (latest.Count > Capacity)
            {
                latest.RemoveLast();
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>An alert as <c>/balance</c> shows it.</summary>
internal sealed record AlertView(DateTimeOffset At, string Level, string Kind, bool IsRecovery, string Message);
