using ToApis.Balance.LoadHarness;

namespace ToApis.Balance.Tests.Load;

/// <summary>
/// The load harness's short mode (2,000 calls at 50-way concurrency per phase, 5 % faults in the second), run
/// in-process. No wall-clock assertion: only what the SDK promises under load.
/// </summary>
[Collection(LoadHarnessCollection.Name)]
public sealed class LoadHarnessShortModeTests(ShortModeRun run) : IClassFixture<ShortModeRun>
{
    private const long MaxRetainedBytesPerCall = 2_048;

    [Fact]
    public void CleanPhase_ShortMode_EveryCallSucceedsWithTheDocumentedValues()
    {
        var clean = run.Result.Clean;

        Assert.Empty(clean.TypedFailures);
        Assert.Empty(clean.UntypedFailures);
        Assert.Equal(clean.Calls, clean.Successes);
        Assert.Equal(0, clean.WrongValues);
        Assert.Equal(clean.Calls, clean.Requests.Total);
    }

    [Fact]
    public void FaultyPhase_ShortMode_EveryCallSucceedsOrFailsWithAToApisException()
    {
        var faulty = run.Result.Faulty;

        Assert.True(faulty.Requests.ServiceUnavailable > 0 && faulty.Requests.ConnectionResets > 0, "Both kinds of fault were injected.");
        Assert.Empty(faulty.UntypedFailures);
        Assert.Equal(faulty.Calls, faulty.Successes + faulty.TypedFailureCount);
        Assert.Equal(0, faulty.WrongValues);
    }

    [Theory]
    [InlineData("clean")]
    [InlineData("faulty")]
    public void Phase_ShortMode_RequestsStayWithinTheRetryBound(string phase)
    {
        var result = run.Phase(phase);

        Assert.InRange(result.Requests.Total, result.Calls, result.RequestBound);
        Assert.Equal(0, result.UntaggedRequests);
        Assert.Equal(result.Requests.Total, result.TaggedRequests);
        Assert.InRange(result.MaxRequestsPerCall, 1, result.MaxRetryAttempts + 1);
    }

    [Theory]
    [InlineData("clean")]
    [InlineData("faulty")]
    public void Phase_ShortMode_ConnectionsBackToTheBaselineAfterDispose(string phase)
    {
        var result = run.Phase(phase);

        // The count must see the pool while the client lives, or its return to the baseline proves nothing.
        Assert.True(result.TcpAfterRun > result.TcpBefore, $"{result.TcpAfterRun} connections open after the run, baseline {result.TcpBefore}.");
        Assert.True(result.TcpAfterDispose <= result.TcpBefore, $"{result.TcpAfterDispose} connections still open after dispose, baseline {result.TcpBefore}.");
    }

    [Theory]
    [InlineData("clean")]
    [InlineData("faulty")]
    public void Phase_ShortMode_RetainsLessThan2KBPerCall(string phase)
    {
        var result = run.Phase(phase);

        Assert.True(
            result.RetainedBytesPerCall < MaxRetainedBytesPerCall,
            $"{result.RetainedBytesPerCall:0.0} bytes retained per call ({result.MemoryBefore} -> {result.MemoryAfter}).");
    }

    [Fact]
    public void Run_ShortMode_EveryHarnessCheckPasses()
    {
        var failed = run.Result.Clean.Checks.Select(c => (Phase: "clean", Check: c))
            .Concat(run.Result.Faulty.Checks.Select(c => (Phase: "faulty", Check: c)))
            .Where(c => !c.Check.Passed)
            .Select(c => $"{c.Phase}: {c.Check.Name} ({c.Check.Detail})");

        Assert.Empty(failed);
    }
}
