using System.Collections.Concurrent;
using System.Diagnostics;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>
/// Callers that ask their instance's client for the account's balance again and again until stopped, recording
/// what each answer was, how old it was, how long each caller went without an answer, and what was thrown.
/// </summary>
internal sealed class FleetRun(TimeSpan maxStaleness)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    private readonly ConcurrentQueue<Exception> failures = new();
    private readonly ConcurrentQueue<string> wrong = new();
    private long answers;
    private long longestGapTicks;

    public IReadOnlyCollection<Exception> Failures => failures;

    /// <summary>Answers with a wrong figure, or older than the window when they arrived (the call's own time aside).</summary>
    public IReadOnlyCollection<string> WrongAnswers => wrong;

    public long Answers => Interlocked.Read(ref answers);

    /// <summary>The longest time any caller went without an answer, from its first answer on.</summary>
    public TimeSpan LongestGap => TimeSpan.FromTicks(Interlocked.Read(ref longestGapTicks));

    /// <summary>When the longest gap ended, for telling which phase it fell in.</summary>
    public DateTimeOffset LongestGapEnded { get; private set; }

    public Task RunAsync(IEnumerable<IToApisBalanceClient> clients, int callersPerClient, CancellationToken stop) =>
        Task.WhenAll(clients.SelectMany(client => Enumerable.Range(0, callersPerClient).Select(_ => Task.Run(() => CallAsync(client, stop), CancellationToken.None))));

    private async Task CallAsync(IToApisBalanceClient client, CancellationToken stop)
    {
        long? lastAnswer = null;
        while (!stop.IsCancellationRequested)
        {
            var asked = DateTimeOffset.UtcNow;
            try
            {
                var balance = await client.GetUserBalanceAsync(CancellationToken.None);
                var now = Stopwatch.GetTimestamp();
                if (lastAnswer is { } last)
                {
                    var gap = Stopwatch.GetElapsedTime(last, now).Ticks;
                    long seen;
                    while (gap > (seen = Interlocked.Read(ref longestGapTicks)))
                    {
                        if (Interlocked.CompareExchange(ref longestGapTicks, gap, seen) == seen)
                        {
                            LongestGapEnded = DateTimeOffset.UtcNow;
                            break;
                        }
                    }
                }

                lastAnswer = now;
                Interlocked.Increment(ref answers);
                if (balance.Remaining.Amount != 100m || balance.FetchedAt < asked - maxStaleness)
                {
                    wrong.Enqueue($"{balance.Remaining} fetched at {balance.FetchedAt:O}, asked at {asked:O}");
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }

            await Task.Delay(Pause, CancellationToken.None);
        }
    }
}
