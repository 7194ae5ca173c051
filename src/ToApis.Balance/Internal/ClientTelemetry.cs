using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ToApis.Balance.Internal;

/// <summary>
/// The client's own metrics (meter <c>ToApis.Balance</c>) and its span per call (activity source
/// <c>ToApis.Balance</c>). Tags name the client and the endpoint's scope, never the key. Without a listener nothing
/// is measured: no span is created, no tag list is built, the clock is not read.
/// </summary>
/// <remarks>
/// What .NET already measures is not repeated: each HTTP attempt has its own <c>http.client.request.duration</c>
/// and its own <c>HTTP GET</c> span (a child of the call's). These are per call, across its retries.
/// </remarks>
internal sealed class ClientTelemetry
{
    public const string Name = ToApisTelemetryNames.Source;

    public const string ClientTag = ToApisTelemetryNames.ClientTag;

    public const string ScopeTag = ToApisTelemetryNames.ScopeTag;

    public const string AttemptsTag = "toapis.balance.attempts";

    public const string ErrorTypeTag = ToApisTelemetryNames.ErrorTypeTag;

    public const string CanceledTag = "toapis.balance.canceled";

    /// <summary>
    /// The call duration's bucket boundaries, in seconds: OpenTelemetry's advice for HTTP durations (5 ms to 10 s),
    /// after five below 5 ms (0.1 to 2.5 ms). Without advice an exporter uses its default boundaries, meant for
    /// milliseconds (0, 5, 10, 25, …), and every call lands under 5 s. The five small ones are for a server on the same
    /// host (the testing kit's sandbox, a test double, a local gateway) whose calls take well under a millisecond: with
    /// 5 ms as the first boundary a 0.5 ms call estimates at 2.5 ms; a call over the network leaves them empty.
    /// </summary>
    public static readonly IReadOnlyList<double> DurationBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    public static readonly ActivitySource Source = new(Name);

    /// <summary>The instruments of clients built without dependency injection (no <see cref="IMeterFactory"/> to ask).</summary>
    private static readonly Lazy<Meter> SharedMeter = new(() => new Meter(Name));

    private readonly Counter<long> calls;
    private readonly Counter<long> retries;
    private readonly Histogram<double> duration;
    private readonly TimeProvider timeProvider;

    private ClientTelemetry(Meter meter, string clientName, TimeProvider timeProvider)
    {
        ClientName = clientName;
        this.timeProvider = timeProvider;
        calls = meter.CreateCounter<long>("toapis.balance.client.calls", "{call}", "Balance calls completed, with error.type on the failed ones (the exception type).");
        retries = meter.CreateCounter<long>("toapis.balance.client.retries", "{retry}", "Attempts after a call's first, each after a transient failure.");
        duration = meter.CreateHistogram<double>(
            "toapis.balance.client.call.duration",
            "s",
            "Duration of a balance call, its retries and waits included.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    /// <summary>The client's name as tagged.</summary>
    public string ClientName { get; }

    /// <summary>Gets a value indicating whether anyone listens to the call metrics (so a call reads the clock).</summary>
    public bool IsTimed => duration.Enabled || calls.Enabled;

    /// <summary>The instruments of one client: on the app's meter factory's meter under dependency injection, else on a shared meter.</summary>
    /// <param name="meterFactory">The app's meter factory, or <see langword="null"/>.</param>
    /// <param name="clientName">The client's name, empty for the unnamed one.</param>
    /// <param name="timeProvider">The clock of the call durations.</param>
    public static ClientTelemetry For(IMeterFactory? meterFactory, string clientName, TimeProvider timeProvider) =>
        new(meterFactory?.Create(Name) ?? SharedMeter.Value, ToApisTelemetryNames.ClientTagValue(clientName), timeProvider);

    /// <summary>When the call started, for its duration; <see langword="null"/> when no one listens.</summary>
    public long? Start() => IsTimed ? timeProvider.GetTimestamp() : null;

    /// <summary>The call's span, or <see langword="null"/> when no one listens.</summary>
    public Activity? StartCall(bool account)
    {
        var activity = Source.StartActivity(account ? "toapis.balance GET /v1/user/balance" : "toapis.balance GET /v1/balance", ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(ClientTag, ClientName);
            activity.SetTag(ScopeTag, Scope(account));
            activity.SetTag(AttemptsTag, 1);
        }

        return activity;
    }

    /// <summary>Records a completed call: its count, its duration (from <paramref name="started"/>, when timed) and its span's outcome.</summary>
    public void Completed(Activity? activity, bool account, long? started, ToApisException? failure)
    {
        var errorType = failure?.GetType().Name;
        if (activity is not null)
        {
            if (failure is { StatusCode: { } status })
            {
                activity.SetTag("http.response.status_code", status);
            }

            if (errorType is not null)
            {
                activity.SetTag(ErrorTypeTag, errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }
        }

        if (IsTimed)
        {
            var tags = new TagList { { ClientTag, ClientName }, { ScopeTag, Scope(account) } };
            if (errorType is not null)
            {
                tags.Add(ErrorTypeTag, errorType);
            }

            calls.Add(1, tags);
            if (started is { } timestamp)
            {
                duration.Record(timeProvider.GetElapsedTime(timestamp).TotalSeconds, tags);
            }
        }
    }

    /// <summary>Marks a call its caller canceled: neither counted nor an error, so a canceled call never reads as a failed one.</summary>
    public static void Canceled(Activity? activity) => activity?.SetTag(CanceledTag, true);

    /// <summary>Records a retry attempt of a call, and the attempt count on its span.</summary>
    public void Retried(bool account, int attempt)
    {
        if (retries.Enabled)
        {
            retries.Add(1, new TagList { { ClientTag, ClientName }, { ScopeTag, Scope(account) } });
        }

        if (Activity.Current is { } activity && activity.Source == Source)
        {
            activity.SetTag(AttemptsTag, attempt);
        }
    }

    private static string Scope(bool account) => account ? "user" : "token";
}
