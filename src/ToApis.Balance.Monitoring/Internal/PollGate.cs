namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// One client's polls: one at a time, whether the schedule or a refresh asks, and when the next scheduled one is due.
/// A refresh reschedules, so it never adds a poll to the server's load. The timer is set before a poll's snapshot is
/// published, so whoever sees the snapshot (a test advancing a fake clock) finds the next poll already scheduled.
/// </summary>
internal sealed class PollGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ITimer timer;
    private readonly TimeProvider time;
    private readonly object sync = new();
    private TaskCompletionSource due = NewSignal();
    private DateTimeOffset dueAt = DateTimeOffset.MaxValue;

    public PollGate(TimeProvider time)
    {
        this.time = time;
        timer = time.CreateTimer(static state => ((PollGate)state!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Gets a task that completes when the next scheduled poll is due.</summary>
    public Task Due
    {
        get
        {
            lock (sync)
            {
                return due.Task;
            }
        }
    }

    /// <summary>Schedules the next poll <paramref name="wait"/> from now, in place of any scheduled before.</summary>
    public void Schedule(TimeSpan wait)
    {
        lock (sync)
        {
            if (due.Task.IsCompleted)
            {
                due = NewSignal();
            }

            dueAt = time.GetUtcNow() + wait;
            timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Waits until no other poll of this client runs.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public Task EnterAsync(CancellationToken cancellationToken) => gate.WaitAsync(cancellationToken);

    public void Exit() => gate.Release();

    public void Dispose()
    {
        timer.Dispose();
        gate.Dispose();
    }

    private void Fire()
    {
        lock (sync)
        {
            // A firing that waited on the lock while a refresh rescheduled is for the old time, and a real timer may
            // fire a little before the clock says: either way, wait out what is left rather than poll early.
            var left = dueAt - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                timer.Change(left, Timeout.InfiniteTimeSpan);
                return;
            }

            due.TrySetResult();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
