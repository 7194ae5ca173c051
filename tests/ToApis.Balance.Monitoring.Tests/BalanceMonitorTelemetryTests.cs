using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests;

/// <summary>Metrics on the <c>ToApis.Balance</c> meter and a span per poll, read back as an exporter would see them.</summary>
public sealed class BalanceMonitorTelemetryTests
{
    [Fact]
    public async Task CreditsRemaining_BothScope_OnePointPerSideAndTheEffective()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(token: Bodies.Credits(10_000, 10_000), user: Bodies.Credits(4_000, 36_000)));

        var points = Observe<double>(host, "toapis.balance.credits.remaining");

        Assert.Equal(new Dictionary<string, double> { ["token"] = 10_000, ["user"] = 4_000, ["effective"] = 4_000 }, ByScope(points));
        Assert.All(points, p => Assert.Equal("default", p.Tags["toapis.client.name"]));
    }

    [Fact]
    public async Task CreditsUsed_OnePointPerSide()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(token: Bodies.Credits(10_000, 10_000), user: Bodies.Credits(4_000, 36_000)));

        var points = Observe<double>(host, "toapis.balance.credits.used");

        Assert.Equal(new Dictionary<string, double> { ["token"] = 10_000, ["user"] = 36_000 }, ByScope(points));
    }

    [Fact]
    public async Task Remaining_TaggedWithTheUnit()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(4_000)), m => m.Scope = BalanceScope.User);

        var point = Assert.Single(Observe<double>(host, "toapis.balance.remaining"));

        Assert.Equal(20, point.Value);
        Assert.Equal("unspecified", point.Tags["toapis.balance.unit"]);
        Assert.Equal("user", point.Tags["toapis.balance.scope"]);
    }

    [Fact]
    public async Task Unlimited_NoRemainingPointAndTheUnlimitedGauge()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(token: Bodies.Unlimited, user: Bodies.Credits(4_000)));

        var remaining = Observe<double>(host, "toapis.balance.credits.remaining");
        var unlimited = Observe<int>(host, "toapis.balance.unlimited");

        Assert.Equal(new Dictionary<string, double> { ["user"] = 4_000, ["effective"] = 4_000 }, ByScope(remaining));
        Assert.Equal(new Dictionary<string, int> { ["token"] = 1, ["user"] = 0 }, ByScope(unlimited));
    }

    [Fact]
    public async Task CreditsNotReported_NoPoint()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), m => m.Scope = BalanceScope.Token);

        Assert.Empty(Observe<double>(host, "toapis.balance.credits.remaining"));
        Assert.Equal(10.5, Assert.Single(Observe<double>(host, "toapis.balance.remaining")).Value);
    }

    [Fact]
    public async Task ForecastGauges_SpendRateAndTimeToExhaustion()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), m => m.WarnWhenExhaustedWithin = TimeSpan.Zero);
        await host.PollAsync(5, i => Bodies.Credits(2_900 - (i * 100)));

        var rate = Assert.Single(Observe<double>(host, "toapis.balance.spend.rate"));
        var left = Assert.Single(Observe<double>(host, "toapis.balance.exhaustion.time_remaining"));

        Assert.Equal(6_000, rate.Value, 6);
        Assert.Equal(2_500 / 6_000d * 3600, left.Value, 6);
        Assert.Equal("effective", rate.Tags["toapis.balance.scope"]);
    }

    [Fact]
    public async Task SpendSpike_ZeroAtASteadyRateThenOneOnceTheMonitorSeesASpike()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(1_000_000)), m => m.WarnWhenExhaustedWithin = TimeSpan.Zero);
        var credits = 1_000_000m;
        await host.PollAsync(10, _ => Bodies.Credits(credits -= 10));
        var steady = Assert.Single(Observe<double>(host, "toapis.balance.spend.spike"));

        await host.PollAsync(3, _ => Bodies.Credits(credits -= 200));
        var spike = Assert.Single(Observe<double>(host, "toapis.balance.spend.spike"));

        Assert.Equal(0, steady.Value);
        Assert.Equal(1, spike.Value);
        Assert.Equal("effective", spike.Tags["toapis.balance.scope"]);
    }

    [Fact]
    public async Task AgeAndLevel_FromTheLatestSnapshot()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(400)), m => m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical)));
        host.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(30, Assert.Single(Observe<double>(host, "toapis.balance.age")).Value);
        Assert.Equal(2, Assert.Single(Observe<int>(host, "toapis.balance.alert.level")).Value);
    }

    [Fact]
    public async Task Unknown_OneWhileAThresholdsFigureIsNotReportedThenZero()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), m => m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical)));
        var unknown = Assert.Single(Observe<double>(host, "toapis.balance.alert.unknown"));

        await host.PollAsync(1, _ => Bodies.Credits(5_000));
        var known = Assert.Single(Observe<double>(host, "toapis.balance.alert.unknown"));

        Assert.Equal((1d, 0d), (unknown.Value, known.Value));
        Assert.Equal("effective", unknown.Tags["toapis.balance.scope"]);
    }

    [Fact]
    public async Task Instruments_UnitsAfterOpenTelemetry()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(4_000)));

        Assert.Equal("{credit}", Unit(host, "toapis.balance.credits.remaining"));
        Assert.Equal("{credit}/h", Unit(host, "toapis.balance.spend.rate"));
        Assert.Equal("{balance}", Unit(host, "toapis.balance.remaining"));
        Assert.Equal("s", Unit(host, "toapis.balance.exhaustion.time_remaining"));
        Assert.Equal("s", Unit(host, "toapis.balance.age"));
        Assert.Equal("1", Unit(host, "toapis.balance.unlimited"));
        Assert.Equal("1", Unit(host, "toapis.balance.spend.spike"));
        Assert.Equal("1", Unit(host, "toapis.balance.alert.unknown"));
    }

    [Fact]
    public async Task Polls_CountedWithTheErrorTypeOfFailures()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(4_000)));
        using var polls = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), "ToApis.Balance", "toapis.balance.monitor.polls");
        host.Gateway.Fail(401, Bodies.AuthenticationError);

        await host.NextPollAsync();

        var point = Assert.Single(polls.GetMeasurementSnapshot());
        Assert.Equal(1, point.Value);
        Assert.Equal("ToApisAuthenticationException", point.Tags["error.type"]);
    }

    [Fact]
    public async Task Polls_SuccessfulPoll_CountedWithoutAnErrorTypeTag()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(4_000)));
        using var polls = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), "ToApis.Balance", "toapis.balance.monitor.polls");

        await host.NextPollAsync();

        var point = Assert.Single(polls.GetMeasurementSnapshot());
        Assert.False(point.Tags.ContainsKey("error.type"));
    }

    [Fact]
    public async Task Poll_OneSpanEach_WithClientScopeAndNoKey()
    {
        var spans = new List<Activity>();
        using var listener = Listen(spans);
        // The listener hears every test's spans: this test's client has a name no other test uses.
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(4_000)), clientName: "span-test");
        host.Gateway.Fail(401, $$$"""{"error": {"code": 401, "message": "Invalid token {{{Gateway.ApiKey}}}", "type": "authentication_error"}}""");

        await host.NextPollAsync();

        var polls = spans.Where(s => s.OperationName == "toapis.balance.poll" && Equals(s.GetTagItem("toapis.client.name"), "span-test")).ToList();
        Assert.Equal(2, polls.Count);
        Assert.Equal(ActivityStatusCode.Unset, polls[0].Status);
        Assert.Equal(4_000m, polls[0].GetTagItem("toapis.balance.credits.remaining"));
        Assert.Equal(ActivityStatusCode.Error, polls[1].Status);
        Assert.Equal("ToApisAuthenticationException", polls[1].GetTagItem("error.type"));
        Assert.All(polls, s => Assert.Equal("effective", s.GetTagItem("toapis.balance.scope")));
        Assert.All(polls.SelectMany(s => s.TagObjects), tag => Assert.DoesNotContain(Gateway.ApiKey, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
        Assert.All(polls, s => Assert.DoesNotContain(Gateway.ApiKey, s.StatusDescription ?? string.Empty, StringComparison.Ordinal));
    }

    private static IReadOnlyList<CollectedMeasurement<T>> Observe<T>(MonitorHost host, string instrument)
        where T : struct
    {
        using var collector = new MetricCollector<T>(host.Services.GetRequiredService<IMeterFactory>(), "ToApis.Balance", instrument, host.Time);
        collector.RecordObservableInstruments();
        return collector.GetMeasurementSnapshot();
    }

    private static string? Unit(MonitorHost host, string instrument)
    {
        using var collector = new MetricCollector<double>(host.Services.GetRequiredService<IMeterFactory>(), "ToApis.Balance", instrument);
        using var counts = new MetricCollector<int>(host.Services.GetRequiredService<IMeterFactory>(), "ToApis.Balance", instrument);
        return (collector.Instrument ?? counts.Instrument)?.Unit;
    }

    private static Dictionary<string, T> ByScope<T>(IEnumerable<CollectedMeasurement<T>> points)
        where T : struct =>
        points.ToDictionary(p => (string)p.Tags["toapis.balance.scope"]!, p => p.Value);

    private static ActivityListener Listen(List<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "ToApis.Balance",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
