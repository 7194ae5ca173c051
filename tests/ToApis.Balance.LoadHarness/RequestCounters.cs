namespace ToApis.Balance.LoadHarness;

/// <summary>The load server's live request counters, per endpoint and per injected fault.</summary>
internal sealed class RequestCounters
{
    private long token;
    private long user;
    private long serviceUnavailable;
    private long connectionResets;

    public void RecordRequest(bool isTokenEndpoint)
    {
        if (isTokenEndpoint)
        {
            Interlocked.Increment(ref token);
        }
        else
        {
            Interlocked.Increment(ref user);
        }
    }

    public void RecordFault(Fault fault)
    {
        if (fault == Fault.ServiceUnavailable)
        {
            Interlocked.Increment(ref serviceUnavailable);
        }
        else if (fault == Fault.ConnectionReset)
        {
            Interlocked.Increment(ref connectionResets);
        }
    }

    public RequestCounts Snapshot() => new(
        Interlocked.Read(ref token),
        Interlocked.Read(ref user),
        Interlocked.Read(ref serviceUnavailable),
        Interlocked.Read(ref connectionResets));
}
