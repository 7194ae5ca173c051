using System.Globalization;

namespace ToApis.Balance.LoadHarness;

/// <summary>The promises a phase is held to.</summary>
internal static class PhaseChecks
{
    public static IReadOnlyList<PhaseCheck> Evaluate(PhaseResult r, long maxRetainedBytesPerCall)
    {
        var failed = r.TypedFailureCount + r.UntypedFailureCount;
        var completed = r.Successes + failed;
        var perCallBound = r.MaxRetryAttempts + 1;
        var checks = new List<PhaseCheck>
        {
            Check("every call completed", completed == r.Calls, $"{completed} of {r.Calls}"),
            Check("documented values read", r.WrongValues == 0, $"{r.WrongValues} wrong of {r.Successes}"),
            Check("every failure is a ToApisException", r.UntypedFailureCount == 0, $"{r.UntypedFailureCount} other"),
        };

        if (r.FaultRate == 0d)
        {
            checks.Add(Check("no failures without faults", r.TypedFailureCount == 0, $"{r.TypedFailureCount} failed"));
        }

        checks.Add(Check("requests <= calls x (retries + 1)", r.Requests.Total <= r.RequestBound, $"{r.Requests.Total} <= {r.RequestBound}"));
        checks.Add(Check(
            "requests per call <= retries + 1",
            // Every request must carry its call's tag, and every successful call must have reached the server:
            // otherwise the per-call counts would prove nothing. A call that timed out may never have reached it.
            r.UntaggedRequests == 0 && r.CallsNeverSeen <= failed && r.MaxRequestsPerCall <= perCallBound,
            $"max {r.MaxRequestsPerCall} <= {perCallBound}; {r.UntaggedRequests} untagged, {r.CallsNeverSeen} calls unseen"));
        checks.Add(Check(
            "connections closed after dispose",
            r.TcpAfterDispose <= r.TcpBefore,
            $"{r.TcpAfterDispose} open, baseline {r.TcpBefore}"));
        checks.Add(Check(
            "retained memory per call",
            r.RetainedBytesPerCall < maxRetainedBytesPerCall,
            $"{r.RetainedBytesPerCall:0.0} B < {maxRetainedBytesPerCall} B"));
        return checks;
    }

    private static PhaseCheck Check(string name, bool passed, FormattableString detail) =>
        new(name, passed, detail.ToString(CultureInfo.InvariantCulture));
}
