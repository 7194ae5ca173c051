using System.Collections.Concurrent;

namespace ToApis.Balance.LoadHarness;

/// <summary>How the calls of one run ended, recorded concurrently by the workers.</summary>
internal sealed class CallOutcomes
{
    private readonly ConcurrentDictionary<string, int> typedFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> untypedFailures = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int successes;
    private int wrongValues;
    private TimeSpan? maxFailedElapsed;

    public int Successes => Volatile.Read(ref successes);

    /// <summary>Gets the successful calls whose balance did not match the body the server sent.</summary>
    public int WrongValues => Volatile.Read(ref wrongValues);

    /// <summary>Gets the failures that were <see cref="ToApisException"/>s, by exception type.</summary>
    public IReadOnlyDictionary<string, int> TypedFailures => typedFailures;

    /// <summary>Gets the failures that were anything else, by exception type: each one is a broken promise of the SDK.</summary>
    public IReadOnlyDictionary<string, int> UntypedFailures => untypedFailures;

    public int TypedFailureCount => typedFailures.Values.Sum();

    public int UntypedFailureCount => untypedFailures.Values.Sum();

    public TimeSpan? MaxFailedElapsed
    {
        get
        {
            lock (gate)
            {
                return maxFailedElapsed;
            }
        }
    }

    public void RecordSuccess(bool expectedValues)
    {
        Interlocked.Increment(ref successes);
        if (!expectedValues)
        {
            Interlocked.Increment(ref wrongValues);
        }
    }

    public void RecordFailure(Exception exception, TimeSpan elapsed)
    {
        var tally = exception is ToApisException ? typedFailures : untypedFailures;
        tally.AddOrUpdate(exception.GetType().Name, 1, static (_, count) => count + 1);
        lock (gate)
        {
            if (maxFailedElapsed is not { } max || elapsed > max)
            {
                maxFailedElapsed = elapsed;
            }
        }
    }
}
