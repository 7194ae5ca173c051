using System.Diagnostics;
using System.Globalization;

namespace ToApis.Balance.LoadHarness;

/// <summary>
/// Counts the server requests of each call without touching the SDK: every call runs under its own root
/// <see cref="Activity"/> whose W3C trace id encodes a run id and the call's index, and .NET's HTTP handler
/// sends it to the server in the <c>traceparent</c> header on every attempt.
/// </summary>
/// <remarks>The counts are allocated up front, so recording a request allocates nothing the memory figures would see.</remarks>
internal sealed class CallRequestCounts
{
    private const string ActivityName = "ToApis.Balance.LoadHarness.Call";

    // "00-" + 32 hex digits of trace id + "-" + 16 of span id + "-" + 2 of flags.
    private const int TraceIdStart = 3;
    private const int HexDigits = 16;

    private readonly ulong runId;
    private readonly int[] counts;
    private long tagged;
    private long untagged;

    public CallRequestCounts(int calls)
    {
        runId = (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        counts = new int[calls];
    }

    public long Tagged => Interlocked.Read(ref tagged);

    public long Untagged => Interlocked.Read(ref untagged);

    /// <summary>Gets the largest number of requests a single call made.</summary>
    public int Max => counts.Max();

    /// <summary>Gets the number of calls that reached the server not even once.</summary>
    public int Unseen => counts.Count(c => c == 0);

    /// <summary>Starts the activity that tags every request of call <paramref name="call"/>; dispose it when the call ends.</summary>
    public Activity StartCall(int call)
    {
        Span<char> traceId = stackalloc char[2 * HexDigits];
        runId.TryFormat(traceId, out _, "x16", CultureInfo.InvariantCulture);
        ((ulong)call).TryFormat(traceId[HexDigits..], out _, "x16", CultureInfo.InvariantCulture);

        var activity = new Activity(ActivityName);
        activity.SetParentId(ActivityTraceId.CreateFromString(traceId), ActivitySpanId.CreateRandom());
        return activity.Start();
    }

    /// <summary>Counts one request against the call its <c>traceparent</c> names, or as untagged.</summary>
    public void Record(string? traceParent)
    {
        if (TryGetCall(traceParent, out var call))
        {
            Interlocked.Increment(ref counts[call]);
            Interlocked.Increment(ref tagged);
        }
        else
        {
            Interlocked.Increment(ref untagged);
        }
    }

    private bool TryGetCall(string? traceParent, out int call)
    {
        call = -1;
        if (traceParent is null || traceParent.Length < TraceIdStart + (2 * HexDigits))
        {
            return false;
        }

        var traceId = traceParent.AsSpan(TraceIdStart, 2 * HexDigits);
        if (!ulong.TryParse(traceId[..HexDigits], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var run) || run != runId
            || !ulong.TryParse(traceId[HexDigits..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var index)
            || index >= (ulong)counts.Length)
        {
            return false;
        }

        call = (int)index;
        return true;
    }
}
