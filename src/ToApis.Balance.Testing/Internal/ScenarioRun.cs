namespace ToApis.Balance.Testing.Internal;

/// <summary>
/// A scenario from the moment it was selected: what a scenario that changes with time or with the number of
/// requests counts from. Selecting a scenario starts a new run, so switching back starts it afresh.
/// </summary>
internal sealed class ScenarioRun(ToApisSandboxScenario scenario, SandboxSettings settings, TimeProvider timeProvider)
{
    private int tokenRequests;
    private int userRequests;

    public ToApisSandboxScenario Scenario { get; } = scenario;

    public SandboxSettings Settings { get; } = settings;

    public DateTimeOffset StartedAt { get; } = timeProvider.GetUtcNow();

    /// <summary>How long the run has lasted by the sandbox's clock; never negative.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            var elapsed = timeProvider.GetUtcNow() - StartedAt;
            return elapsed > TimeSpan.Zero ? elapsed : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a request of an endpoint and returns its number in this run, from 1.</summary>
    public int Count(SandboxEndpoint endpoint) =>
        endpoint == SandboxEndpoint.Token ? Interlocked.Increment(ref tokenRequests) : Interlocked.Increment(ref userRequests);
}
