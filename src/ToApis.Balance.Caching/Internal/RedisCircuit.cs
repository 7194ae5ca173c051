using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// Keeps callers off a Redis that does not answer. Each operation runs under the short budget of its client
/// (<see cref="FleetCacheSettings.RedisBudget"/>); the first failure (an exception, or no answer within the budget)
/// opens the circuit and logs one Warning. While it is open, operations are skipped at once; after
/// <paramref name="breakDuration"/>, one operation tries Redis again (the others keep skipping it), and its success
/// closes the circuit with one Information. One per app: its clients share the app's Redis, so they share what is
/// known about it.
/// </summary>
internal sealed class RedisCircuit(TimeSpan breakDuration, TimeProvider timeProvider, ILogger logger)
{
    private readonly object gate = new();
    private bool open;
    private bool probing;
    private DateTimeOffset retryAt;

    /// <summary>
    /// Runs one Redis operation under the budget. The operation gets a token canceled when the budget runs out, and
    /// is left behind (its outcome observed) when it ignores that token.
    /// </summary>
    /// <returns>Whether Redis answered, and its answer; not reached when the circuit is open, Redis failed, or the budget ran out.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async ValueTask<(bool Reached, T? Value)> RunAsync<T>(string operation, TimeSpan budget, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        if (!TryEnter(out var probe))
        {
            return (false, default);
        }

        using var budgetSource = new CancellationTokenSource(budget, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budgetSource.Token, cancellationToken);
        Task<T>? pending = null;
        try
        {
            pending = run(linked.Token);
            var value = await pending.WaitAsync(linked.Token).ConfigureAwait(false);
            Succeeded(probe);
            return (true, value);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Observe(pending);
            Left(probe);
            throw;
        }
        catch (Exception e)
        {
            Observe(pending);
            Failed(probe, operation, budget, e is OperationCanceledException ? new TimeoutException($"Redis did not answer within {budget.TotalMilliseconds} ms.", e) : e);
            return (false, default);
        }
    }

    /// <summary>Observes the outcome of a Redis operation left behind, so that its failure is never an unobserved task exception.</summary>
    public static void Observe(Task? pending) =>
        pending?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private bool TryEnter(out bool probe)
    {
        lock (gate)
        {
            probe = open;
            if (!open)
            {
                return true;
            }

            if (probing || timeProvider.GetUtcNow() < retryAt)
            {
                return false;
            }

            probing = true;
            return true;
        }
    }

    private void Succeeded(bool probe)
    {
        lock (gate)
        {
            // Only the probe closes it: an operation that started before the circuit opened says nothing about now.
            if (!probe)
            {
                return;
            }

            open = false;
            probing = false;
        }

        Log.FleetCacheAvailable(logger);
    }

    private void Failed(bool probe, string operation, TimeSpan budget, Exception failure)
    {
        bool opened;
        lock (gate)
        {
            if (open && !probe)
            {
                // Started before another operation opened the circuit: already reported.
                return;
            }

            opened = !open;
            open = true;
            probing = false;
            retryAt = timeProvider.GetUtcNow() + breakDuration;
        }

        if (opened)
        {
            Log.FleetCacheUnavailable(logger, operation, budget.TotalMilliseconds, breakDuration.TotalSeconds, failure);
        }
        else
        {
            Log.FleetCacheStillUnavailable(logger, operation, breakDuration.TotalSeconds, failure);
        }
    }

    private void Left(bool probe)
    {
        if (!probe)
        {
            return;
        }

        lock (gate)
        {
            probing = false;
        }
    }
}
