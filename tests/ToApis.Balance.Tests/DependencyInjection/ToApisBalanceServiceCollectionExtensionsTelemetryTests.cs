using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

/// <summary>
/// The client's metrics (meter ToApis.Balance, through the app's IMeterFactory) and its span per call: counts,
/// retries, failures by type, the endpoint's scope and the client's name, never the key.
/// </summary>
public sealed class ToApisBalanceServiceCollectionExtensionsTelemetryTests
{
    private const string ClientName = "team-a";

    [Fact]
    public async Task Calls_SuccessfulCall_CountsOneCallTaggedWithClientAndScopeWithoutErrorType()
    {
        using var server = Answering(200, Bodies.Full);
        using var provider = Provider(server);
        using var calls = Collector<long>(provider, "toapis.balance.client.calls");

        await Client(provider).GetUserBalanceAsync();

        var measurement = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal(ClientName, measurement.Tags["toapis.client.name"]);
        Assert.Equal("user", measurement.Tags["toapis.balance.scope"]);
        Assert.False(measurement.Tags.ContainsKey("error.type"));
    }

    [Fact]
    public async Task Calls_FailedCall_CountsItWithTheExceptionTypeAsErrorType()
    {
        using var server = Answering(401, Bodies.AuthenticationError);
        using var provider = Provider(server);
        using var calls = Collector<long>(provider, "toapis.balance.client.calls");

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => Client(provider).GetTokenBalanceAsync());

        var measurement = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal("ToApisAuthenticationException", measurement.Tags["error.type"]);
        Assert.Equal("token", measurement.Tags["toapis.balance.scope"]);
    }

    [Fact]
    public async Task Retries_TransientFailureThenSuccess_CountsOneRetryAndOneCall()
    {
        using var server = new TestServer();
        server.RespondInSequence(TestServer.TokenPath, r => r.WithStatusCode(503), r => r.WithStatusCode(200).WithBody(Bodies.Full));
        using var provider = Provider(server);
        using var retries = Collector<long>(provider, "toapis.balance.client.retries");
        using var calls = Collector<long>(provider, "toapis.balance.client.calls");

        await Client(provider).GetTokenBalanceAsync();

        Assert.Equal(1, Assert.Single(retries.GetMeasurementSnapshot()).Value);
        Assert.Single(calls.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Duration_EachCall_IsRecordedInSecondsWithTheCallsTags()
    {
        using var server = Answering(200, Bodies.Full);
        using var provider = Provider(server);
        using var duration = Collector<double>(provider, "toapis.balance.client.call.duration");

        await Client(provider).GetTokenBalanceAsync();

        var measurement = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.InRange(measurement.Value, 0, 60);
        Assert.Equal("s", duration.Instrument!.Unit);
        Assert.Equal("token", measurement.Tags["toapis.balance.scope"]);
    }

    [Fact]
    public void Duration_Instrument_AdvisesOpenTelemetrysHttpDurationBucketsInSecondsAfterFiveBelow5Ms()
    {
        // An exporter's default boundaries are for milliseconds; the advice is what OpenTelemetry uses instead. The
        // five below 5 ms resolve a server on the same host (the sandbox answers in well under a millisecond).
        using var server = new TestServer(ConstructionPath.DependencyInjection);
        using var provider = Provider(server);
        using var duration = Collector<double>(provider, "toapis.balance.client.call.duration");

        _ = Client(provider);   // creates the client's instruments

        var advice = Assert.IsAssignableFrom<Instrument<double>>(duration.Instrument).Advice;
        Assert.NotNull(advice);
        Assert.Equal([0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10], advice.HistogramBucketBoundaries);
    }

    [Fact]
    public async Task Span_SuccessfulCall_OneSpanWithScopeClientAndOneAttemptParentOfTheHttpSpan()
    {
        using var server = Answering(200, Bodies.Full);
        using var provider = Provider(server);
        using var spans = new SpanRecorder();

        await spans.UnderParentAsync(() => Client(provider).GetUserBalanceAsync());

        var call = Assert.Single(spans.Of("ToApis.Balance"));
        Assert.Equal("toapis.balance GET /v1/user/balance", call.DisplayName);
        Assert.Equal("user", call.GetTagItem("toapis.balance.scope"));
        Assert.Equal(ClientName, call.GetTagItem("toapis.client.name"));
        Assert.Equal(1, call.GetTagItem("toapis.balance.attempts"));
        Assert.Equal(ActivityStatusCode.Unset, call.Status);
        Assert.Contains(spans.Of("System.Net.Http"), http => http.ParentSpanId == call.SpanId);
    }

    [Fact]
    public async Task Span_RetriedThenFailed_CountsEveryAttemptAndCarriesTheErrorButNeverTheKey()
    {
        using var server = new TestServer();
        server.RespondInSequence(
            TestServer.TokenPath,
            r => r.WithStatusCode(503).WithBody($"busy {TestServer.ApiKey}"),
            r => r.WithStatusCode(401).WithBody($$$"""{"error": {"message": "Invalid token {{{TestServer.ApiKey}}}", "type": "authentication_error"}}"""));
        using var provider = Provider(server);
        using var spans = new SpanRecorder();

        await spans.UnderParentAsync(() => Assert.ThrowsAsync<ToApisAuthenticationException>(() => Client(provider).GetTokenBalanceAsync()));

        var call = Assert.Single(spans.Of("ToApis.Balance"));
        Assert.Equal(2, call.GetTagItem("toapis.balance.attempts"));
        Assert.Equal(ActivityStatusCode.Error, call.Status);
        Assert.Equal("ToApisAuthenticationException", call.GetTagItem("error.type"));
        Assert.Equal(401, call.GetTagItem("http.response.status_code"));
        Assert.All(spans.All.SelectMany(s => s.TagObjects), tag => Assert.DoesNotContain(TestServer.ApiKey[3..], tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetBalancesAsync_KeyCallFails_CountsOnlyThatCallAndMarksTheCanceledOneWithoutAnError()
    {
        // The key's call is refused at once; the account's waits until it is canceled. No network.
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddMetrics();
            services.AddToApisBalanceClient(ClientName, o => { o.ApiKey = TestServer.ApiKey; o.BaseAddress = new Uri("https://balance.test"); })
                .ConfigurePrimaryHttpMessageHandler(() => new RefuseKeyAwaitAccountHandler());
        });
        using var calls = Collector<long>(provider, "toapis.balance.client.calls");
        using var spans = new SpanRecorder();

        await spans.UnderParentAsync(() => Assert.ThrowsAsync<ToApisAuthenticationException>(() => Client(provider).GetBalancesAsync()));

        // GetBalancesAsync does not wait for the call it canceled: its span ends a moment later.
        await Poll.UntilAsync(() => spans.Of("ToApis.Balance").Count() == 2, "the canceled call's span");
        var counted = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal("token", counted.Tags["toapis.balance.scope"]);
        var user = Assert.Single(spans.Of("ToApis.Balance"), span => Equals(span.GetTagItem("toapis.balance.scope"), "user"));
        Assert.Equal(true, user.GetTagItem("toapis.balance.canceled"));
        Assert.NotEqual(ActivityStatusCode.Error, user.Status);
    }

    private static TestServer Answering(int status, string body)
    {
        var server = new TestServer(ConstructionPath.DependencyInjection);
        server.Respond(TestServer.TokenPath, status, body);
        server.Respond(TestServer.UserPath, status, body);
        return server;
    }

    private static ServiceProvider Provider(TestServer server) => ServiceProviderFactory.Build(services =>
    {
        services.AddMetrics();
        services.AddToApisBalanceClient(ClientName, o =>
        {
            o.ApiKey = TestServer.ApiKey;
            o.BaseAddress = server.BaseAddress;
            o.RetryBaseDelay = TimeSpan.Zero;
        });
    });

    private static IToApisBalanceClient Client(IServiceProvider provider) => provider.GetRequiredKeyedService<IToApisBalanceClient>(ClientName);

    private sealed class RefuseKeyAwaitAccountHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == TestServer.UserPath)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            var response = RecordingHandler.Json(System.Net.HttpStatusCode.Unauthorized, Bodies.AuthenticationError);
            response.RequestMessage = request;
            return response;
        }
    }

    /// <summary>Only this provider's meter: other tests' clients, running in parallel, never reach it.</summary>
    private static MetricCollector<T> Collector<T>(IServiceProvider provider, string instrument)
        where T : struct => new(provider.GetRequiredService<IMeterFactory>(), "ToApis.Balance", instrument);

    /// <summary>Records the spans under one parent of the test's own, so parallel tests' spans are left out.</summary>
    private sealed class SpanRecorder : IDisposable
    {
        private readonly ActivityListener listener;
        private readonly List<Activity> spans = [];
        private ActivityTraceId trace;

        public SpanRecorder()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is "ToApis.Balance" or "System.Net.Http" or "SpanRecorder",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    lock (spans)
                    {
                        if (activity.TraceId == trace)
                        {
                            spans.Add(activity);
                        }
                    }
                },
            };
            ActivitySource.AddActivityListener(listener);
        }

        public IReadOnlyList<Activity> All
        {
            get
            {
                lock (spans)
                {
                    return [.. spans];
                }
            }
        }

        public IEnumerable<Activity> Of(string source) => All.Where(span => span.Source.Name == source);

        public async Task UnderParentAsync(Func<Task> call)
        {
            using var source = new ActivitySource("SpanRecorder");
            using (var parent = source.StartActivity("test")!)
            {
                trace = parent.TraceId;
                await call();
            }
        }

        public void Dispose() => listener.Dispose();
    }
}
