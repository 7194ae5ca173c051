namespace ToApis.Balance.LoadHarness;

/// <summary>What one harness run does. Unset timeouts keep the SDK's defaults.</summary>
internal sealed record HarnessSettings
{
    /// <summary>Gets the default mode: a few seconds, small enough for a unit test run.</summary>
    public static HarnessSettings Short { get; } = new() { Calls = 2_000, Concurrency = 50 };

    /// <summary>Gets the mode whose figures go into docs/reliability.md.</summary>
    public static HarnessSettings Full { get; } = new() { Calls = 20_000, Concurrency = 200 };

    /// <summary>Gets the calls per phase, alternating the two endpoints.</summary>
    public int Calls { get; init; } = 2_000;

    public int Concurrency { get; init; } = 50;

    /// <summary>Gets the fraction of responses the faulty phase spoils (half 503, half connection resets).</summary>
    public double FaultRate { get; init; } = 0.05;

    public int Seed { get; init; } = 6;

    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>Gets the backoff base; small, so that retries do not dominate the run time.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(5);

    public TimeSpan? AttemptTimeout { get; init; }

    public TimeSpan? TotalTimeout { get; init; }

    /// <summary>Gets the managed memory a run may retain per call before the memory check fails.</summary>
    public long MaxRetainedBytesPerCall { get; init; } = 2_048;

    /// <summary>Gets how long the connections may take to close after the client is disposed.</summary>
    public TimeSpan ConnectionCloseLimit { get; init; } = TimeSpan.FromSeconds(10);

    public ToApisBalanceClientOptions CreateClientOptions(Uri baseAddress)
    {
        var options = new ToApisBalanceClientOptions
        {
            ApiKey = "sk-loadharness0123456789",
            BaseAddress = baseAddress,
            MaxRetryAttempts = MaxRetryAttempts,
            RetryBaseDelay = RetryBaseDelay,
        };
        if (AttemptTimeout is { } attemptTimeout)
        {
            options.AttemptTimeout = attemptTimeout;
        }

        if (TotalTimeout is { } totalTimeout)
        {
            options.TotalTimeout = totalTimeout;
        }

        return options;
    }
}
