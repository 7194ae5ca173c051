using System.Diagnostics;

namespace ToApis.Balance.LoadHarness;

/// <summary>Makes <c>calls</c> calls on one client from <c>concurrency</c> workers, alternating the two endpoints.</summary>
internal static class CallLoop
{
    public static async Task RunAsync(
        ToApisBalanceClient client, int calls, int concurrency, CallRequestCounts? tags, CallOutcomes outcomes, CancellationToken cancellationToken)
    {
        var next = -1;
        var workers = new Task[Math.Min(concurrency, calls)];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(WorkAsync, cancellationToken);
        }

        await Task.WhenAll(workers);

        async Task WorkAsync()
        {
            int call;
            while ((call = Interlocked.Increment(ref next)) < calls)
            {
                using var activity = tags?.StartCall(call);
                await CallOnceAsync(client, call, outcomes, cancellationToken);
            }
        }
    }

    private static async Task CallOnceAsync(ToApisBalanceClient client, int call, CallOutcomes outcomes, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var expected = call % 2 == 0
                ? ExpectedBalances.IsExpected(await client.GetTokenBalanceAsync(cancellationToken))
                : ExpectedBalances.IsExpected(await client.GetUserBalanceAsync(cancellationToken));
            outcomes.RecordSuccess(expected);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) // Every type is recorded: one that is not a ToApisException fails the run.
        {
            outcomes.RecordFailure(exception, Stopwatch.GetElapsedTime(started));
        }
    }
}
