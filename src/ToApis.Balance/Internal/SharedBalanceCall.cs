namespace ToApis.Balance.Internal;

/// <summary>
/// One endpoint's calls when sharing is on: concurrent callers share one upstream call, and with a freshness
/// window a recent result is served without a request. Errors are never kept. Each caller's cancellation ends
/// only its own wait; the upstream call is canceled when no caller waits for it any more.
/// </summary>
/// <typeparam name="T">The balance type of the endpoint.</typeparam>
/// <param name="fetch">The upstream call.</param>
/// <param name="timeProvider">The clock of the freshness window.</param>
/// <param name="maxStaleness">How old a kept result may be to be served; zero keeps none.</param>
internal sealed class SharedBalanceCall<T>(Func<CancellationToken, Task<T>> fetch, TimeProvider timeProvider, TimeSpan maxStaleness)
    where T : BalanceSnapshot
{
    private readonly object gate = new();
    private InFlight? inFlight;
    private T? latest;

    public Task<T> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref latest) is { } kept && timeProvider.GetUtcNow() - kept.FetchedAt is var age && age >= TimeSpan.Zero && age < maxStaleness)
        {
            return Task.FromResult(kept);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            // As an unshared call does: a canceled task, not an exception thrown at the call.
            return Task.FromCanceled<T>(cancellationToken);
        }

        InFlight call;
        lock (gate)
        {
            call = inFlight ??= Start();
            call.Waiters++;
        }

        return WaitAsync(call, cancellationToken);
    }

    private InFlight Start()
    {
        var call = new InFlight();
        call.Task = RunAsync(call);

        // Observed once, whoever waits or leaves: a failure nobody awaits any more is never an unobserved task exception.
        _ = call.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return call;
    }

    private async Task<T> RunAsync(InFlight call)
    {
        // Yield first: the upstream call must not run inside the lock of the caller that started it.
        await Task.Yield();
        try
        {
            var result = await fetch(call.Cancellation.Token).ConfigureAwait(false);
            if (maxStaleness > TimeSpan.Zero)
            {
                Volatile.Write(ref latest, result);
            }

            return result;
        }
        finally
        {
            lock (gate)
            {
                if (inFlight == call)
                {
                    inFlight = null;
                }
            }

            // The source has no timer, so it is left to the collector: disposing it here would race a last
            // waiter's Cancel.
        }
    }

    private async Task<T> WaitAsync(InFlight call, CancellationToken cancellationToken)
    {
        try
        {
            return await call.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Leave(call);
            throw;
        }
    }

    /// <summary>A caller gave up: the last one to leave cancels the upstream call, and the next caller starts anew.</summary>
    private void Leave(InFlight call)
    {
        lock (gate)
        {
            if (--call.Waiters > 0 || call.Task.IsCompleted)
            {
                return;
            }

            if (inFlight == call)
            {
                inFlight = null;
            }
        }

        // Outside the lock: canceling runs the call's callbacks (a socket abort among them) synchronously.
        call.Cancellation.Cancel();
    }

    private sealed class InFlight
    {
        public CancellationTokenSource Cancellation { get; } = new();

        public Task<T> Task { get; set; } = null!;

        public int Waiters { get; set; }
    }
}
