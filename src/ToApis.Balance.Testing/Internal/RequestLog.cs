namespace ToApis.Balance.Testing.Internal;

/// <summary>The requests a sandbox received, in order, and the callers waiting for a number of them. Thread-safe.</summary>
internal sealed class RequestLog
{
    private readonly object gate = new();
    private readonly List<ToApisSandboxRequest> requests = [];
    private readonly List<Waiter> waiters = [];

    public IReadOnlyList<ToApisSandboxRequest> Snapshot()
    {
        lock (gate)
        {
            return requests.ToArray();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            requests.Clear();
        }
    }

    public void Add(ToApisSandboxRequest request)
    {
        List<Waiter>? satisfied = null;
        IReadOnlyList<ToApisSandboxRequest> snapshot;
        lock (gate)
        {
            requests.Add(request);
            snapshot = requests.ToArray();
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Count <= requests.Count)
                {
                    (satisfied ??= []).Add(waiters[i]);
                    waiters.RemoveAt(i);
                }
            }
        }

        // Outside the lock, and the continuations run elsewhere: a waiter's code never runs inside a request.
        satisfied?.ForEach(waiter => waiter.Done.TrySetResult(snapshot));
    }

    public Task<IReadOnlyList<ToApisSandboxRequest>> WaitAsync(int count, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (gate)
        {
            if (requests.Count >= count)
            {
                return Task.FromResult<IReadOnlyList<ToApisSandboxRequest>>(requests.ToArray());
            }

            waiter = new Waiter(count, new TaskCompletionSource<IReadOnlyList<ToApisSandboxRequest>>(TaskCreationOptions.RunContinuationsAsynchronously));
            waiters.Add(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() =>
            {
                lock (gate)
                {
                    waiters.Remove(waiter);
                }

                waiter.Done.TrySetCanceled(cancellationToken);
            });
            _ = waiter.Done.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return waiter.Done.Task;
    }

    private sealed record Waiter(int Count, TaskCompletionSource<IReadOnlyList<ToApisSandboxRequest>> Done);
}
