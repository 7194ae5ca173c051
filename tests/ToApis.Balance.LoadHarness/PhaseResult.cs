namespace ToApis.Balance.LoadHarness;

/// <summary>The figures of one phase (the warm-up round excluded) and the checks decided on them.</summary>
internal sealed record PhaseResult
{
    public required string Name { get; init; }

    public required double FaultRate { get; init; }

    public required int Calls { get; init; }

    public required int Concurrency { get; init; }

    public required int MaxRetryAttempts { get; init; }

    public required TimeSpan TotalTimeout { get; init; }

    public required int Successes { get; init; }

    public required int WrongValues { get; init; }

    public required IReadOnlyDictionary<string, int> TypedFailures { get; init; }

    /// <summary>Gets the failures that were not <see cref="ToApisException"/>s, the warm-up round's included.</summary>
    public required IReadOnlyDictionary<string, int> UntypedFailures { get; init; }

    public required TimeSpan? MaxFailedElapsed { get; init; }

    public required RequestCounts Requests { get; init; }

    public required long TaggedRequests { get; init; }

    public required long UntaggedRequests { get; init; }

    public required int MaxRequestsPerCall { get; init; }

    public required int CallsNeverSeen { get; init; }

    public required int TcpBefore { get; init; }

    public required int TcpAfterRun { get; init; }

    public required int TcpAfterDispose { get; init; }

    public required long MemoryBefore { get; init; }

    public required long MemoryAfter { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public IReadOnlyList<PhaseCheck> Checks { get; init; } = [];

    public int TypedFailureCount => TypedFailures.Values.Sum();

    public int UntypedFailureCount => UntypedFailures.Values.Sum();

    public long RequestBound => (long)Calls * (MaxRetryAttempts + 1);

    public double RetainedBytesPerCall => (double)(MemoryAfter - MemoryBefore) / Calls;

    public bool Passed => Checks.All(c => c.Passed);
}
