using System.Collections.Concurrent;

namespace ToApis.Balance.Internal;

/// <summary>
/// The token of a first attempt: the caller's token, canceled also when the attempt timeout passes on the
/// client's clock. Disposing it stops the timer. On the system clock the sources are pooled (a source whose
/// timer did not fire resets and serves the next call), so a successful call allocates none.
/// </summary>
/// <remarks>
/// As with Polly's own pooled timeout sources, a handler below the SDK must not keep the token it was given past
/// the response it returned: once reset, the source serves another call.
/// </remarks>
internal readonly struct AttemptCancellation : IDisposable
{
    private const int PoolLimit = 1024;

    private static readonly ConcurrentQueue<CancellationTokenSource> Pool = new();
    private static int pooled;

    private readonly CancellationTokenSource source;
    private readonly CancellationTokenRegistration callerRegistration;
    private readonly bool reusable;

    private AttemptCancellation(CancellationTokenSource source, CancellationTokenRegistration callerRegistration, bool reusable)
    {
        this.source = source;
        this.callerRegistration = callerRegistration;
        this.reusable = reusable;
    }

    public CancellationToken Token => source.Token;

    public static AttemptCancellation Start(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        CancellationTokenSource source;
        var system = timeProvider == TimeProvider.System;
        if (system)
        {
            if (Pool.TryDequeue(out var reused))
            {
                Interlocked.Decrement(ref pooled);
                source = reused;
            }
            else
            {
                source = new CancellationTokenSource();
            }

            source.CancelAfter(timeout);
        }
        else
        {
            // A clock of the caller's (a fake one in tests): its timer cancels the source.
            source = new CancellationTokenSource(timeout, timeProvider);
        }

        var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), source)
            : default;
        return new AttemptCancellation(source, registration, system);
    }

    public void Dispose()
    {
        // Unregistering waits for a callback in flight, so a pooled source is never canceled by a past caller.
        callerRegistration.Dispose();
        if (reusable && source.TryReset())
        {
            if (Interlocked.Increment(ref pooled) <= PoolLimit)
            {
                Pool.Enqueue(source);
                return;
            }

            Interlocked.Decrement(ref pooled);
        }

        source.Dispose();
    }
}
