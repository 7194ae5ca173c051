using System.Diagnostics;

namespace ToApis.Balance.LoadHarness;

/// <summary>
/// One phase: a fresh server, ONE client, a warm-up round (JIT, connection pool, server buffers), then the
/// measured calls, then the client disposed and its connections watched until they close.
/// </summary>
internal static class PhaseRunner
{
    public static async Task<PhaseResult> RunAsync(string name, double faultRate, HarnessSettings settings, CancellationToken cancellationToken)
    {
        await using var server = await LoadServer.StartAsync(faultRate, settings.Seed, cancellationToken);
        var options = settings.CreateClientOptions(server.BaseAddress);
        var tcpBefore = TcpConnections.CountClientSide(server.Port);

        var warmUp = new CallOutcomes();
        var outcomes = new CallOutcomes();
        var calls = new CallRequestCounts(settings.Calls);
        long memoryBefore, memoryAfter;
        RequestCounts requests;
        TimeSpan elapsed;
        int tcpAfterRun;

        var client = new ToApisBalanceClient(options);
        try
        {
            var warmUpCalls = Math.Min(settings.Calls, Math.Max(200, settings.Concurrency * 4));
            await CallLoop.RunAsync(client, warmUpCalls, settings.Concurrency, tags: null, warmUp, cancellationToken);

            memoryBefore = SettledManagedMemory();
            var requestsBefore = server.Requests.Snapshot();
            server.TrackCalls(calls);
            var started = Stopwatch.GetTimestamp();
            await CallLoop.RunAsync(client, settings.Calls, settings.Concurrency, calls, outcomes, cancellationToken);
            elapsed = Stopwatch.GetElapsedTime(started);
            server.TrackCalls(null);
            requests = server.Requests.Snapshot() - requestsBefore;
            memoryAfter = SettledManagedMemory();
            tcpAfterRun = TcpConnections.CountClientSide(server.Port);
        }
        finally
        {
            client.Dispose();
        }

        // The sockets close asynchronously after dispose: poll, within a bound.
        var tcpAfterDispose = await TcpConnections.WaitUntilAtMostAsync(server.Port, tcpBefore, settings.ConnectionCloseLimit, cancellationToken);

        var untyped = new Dictionary<string, int>(outcomes.UntypedFailures, StringComparer.Ordinal);
        foreach (var (type, count) in warmUp.UntypedFailures)
        {
            untyped[type] = untyped.GetValueOrDefault(type) + count;
        }

        var result = new PhaseResult
        {
            Name = name,
            FaultRate = faultRate,
            Calls = settings.Calls,
            Concurrency = settings.Concurrency,
            MaxRetryAttempts = options.MaxRetryAttempts,
            TotalTimeout = options.TotalTimeout,
            Successes = outcomes.Successes,
            WrongValues = outcomes.WrongValues + warmUp.WrongValues,
            TypedFailures = new Dictionary<string, int>(outcomes.TypedFailures, StringComparer.Ordinal),
            UntypedFailures = untyped,
            MaxFailedElapsed = outcomes.MaxFailedElapsed,
            Requests = requests,
            TaggedRequests = calls.Tagged,
            UntaggedRequests = calls.Untagged,
            MaxRequestsPerCall = calls.Max,
            CallsNeverSeen = calls.Unseen,
            TcpBefore = tcpBefore,
            TcpAfterRun = tcpAfterRun,
            TcpAfterDispose = tcpAfterDispose,
            MemoryBefore = memoryBefore,
            MemoryAfter = memoryAfter,
            Elapsed = elapsed,
        };
        return result with { Checks = PhaseChecks.Evaluate(result, settings.MaxRetainedBytesPerCall) };
    }

    private static long SettledManagedMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
