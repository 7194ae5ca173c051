using System.Diagnostics;
using System.Diagnostics.Metrics;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// The monitor's metrics (meter <c>ToApis.Balance</c>, through <see cref="IMeterFactory"/>) and its span per poll
/// (activity source <c>ToApis.Balance</c>). Names and units follow OpenTelemetry's conventions; tags name the client
/// and the scope, never the key. An unlimited or unreported figure has no point: <c>toapis.balance.unlimited</c> says which.
/// </summary>
internal sealed class MonitorTelemetry
{
    public const string Name = ToApisTelemetryNames.Source;
    public const string ClientTag = ToApisTelemetryNames.ClientTag;
    public const string ScopeTag = ToApisTelemetryNames.ScopeTag;

    public static readonly ActivitySource Source = new(Name);

    private readonly Func<IEnumerable<ClientMonitor>> clients;
    private readonly TimeProvider time;
    private readonly Counter<long> polls;

    public MonitorTelemetry(IMeterFactory meterFactory, Func<IEnumerable<ClientMonitor>> clients, TimeProvider time)
    {
        this.clients = clients;
        this.time = time;
        var meter = meterFactory.Create(Name);
        Gauge(meter, FigureNames.CreditsRemaining, () => Sides(s => s.RemainingCredits, s => s.RemainingCredits), "Credits left: the key's (token), the account's (user), and the smaller of the two (effective).");
        Gauge(meter, FigureNames.CreditsUsed, () => Sides(s => s.UsedCredits), "Credits used so far.");
        Gauge(meter, FigureNames.Remaining, () => Sides(s => s.Remaining, s => s.Remaining, unit: true), "Balance left, in the unit the toapis.balance.unit tag names.");
        Gauge(meter, FigureNames.Used, () => Sides(s => s.Used, unit: true), "Balance used so far, in the unit the toapis.balance.unit tag names.");
        meter.CreateObservableGauge(FigureNames.Unlimited.Instrument, Unlimited, FigureNames.Unlimited.Unit, "1 when no quota limit applies (the other gauges then have no point), else 0.");
        meter.CreateObservableGauge(FigureNames.Exhausted.Instrument, () => Judged(s => s.IsExhausted ? 1 : 0), FigureNames.Exhausted.Unit, "1 when the balance judged has run out (Critical, thresholds or not), else 0.");
        meter.CreateObservableGauge("toapis.balance.spend.rate", () => Judged(s => s.Forecast.CreditsPerHour), "{credit}/h", "Credits spent per hour over the forecast window.");
        meter.CreateObservableGauge("toapis.balance.spend.spike", () => Judged(s => s.Forecast.IsSpike ? 1 : 0), "1", "1 while the monitor sees a spend spike (SpikeFactor times the rate before, over SpikeWindow), else 0.");
        meter.CreateObservableGauge("toapis.balance.exhaustion.time_remaining", () => Judged(s => s.Forecast.TimeToExhaustion?.TotalSeconds), "s", "Time until the balance runs out at the current spend rate.");
        meter.CreateObservableGauge("toapis.balance.age", () => Judged(s => (time.GetUtcNow() - s.FetchedAt)?.TotalSeconds), "s", "Age of the latest balance read.");
        meter.CreateObservableGauge("toapis.balance.alert.level", Levels, "1", "The alert level in force: 0 Ok, 1 Warning, 2 Critical.");
        meter.CreateObservableGauge("toapis.balance.alert.unknown", () => Judged(s => s.IsUnknown ? 1 : 0), "1", "1 while a threshold of a higher level than the alert level cannot be judged because the server did not report its figure (or, with neither credits nor a balance, whether it has run out), else 0.");
        polls = meter.CreateCounter<long>("toapis.balance.monitor.polls", "{poll}", "Balance polls, with error.type on the failed ones.");
    }

    /// <summary>Runs one poll inside a span <c>toapis.balance.poll</c>, and counts it.</summary>
    public async Task<PollResult> PollAsync(ClientMonitor client, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity("toapis.balance.poll");
        activity?.SetTag(ClientTag, TagName(client.Name));
        activity?.SetTag(ScopeTag, ScopeName(client.Options.Scope));
        var result = await client.PollAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = result.Snapshot;
        var errorType = snapshot.LastFailure?.GetType().Name;
        if (errorType is null)
        {
            polls.Add(1, new KeyValuePair<string, object?>(ClientTag, TagName(client.Name)));
        }
        else
        {
            polls.Add(1, new KeyValuePair<string, object?>(ClientTag, TagName(client.Name)), new KeyValuePair<string, object?>(ToApisTelemetryNames.ErrorTypeTag, errorType));
        }
        if (activity is not null)
        {
            activity.SetTag("toapis.balance.level", snapshot.Level.ToString());
            if (errorType is null)
            {
                activity.SetTag("toapis.balance.credits.remaining", snapshot.RemainingCredits.Amount);
            }
            else
            {
                // The type only: a message is scrubbed of keys, but it is free text and stays out of traces.
                activity.SetTag("error.type", errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }
        }

        return result;
    }

    private static void Gauge(Meter meter, FigureName figure, Func<IEnumerable<Measurement<double>>> observe, string description) =>
        meter.CreateObservableGauge(figure.Instrument, observe, figure.Unit, description);

    /// <summary>The client's name as a tag value: <c>default</c> for the unnamed client.</summary>
    public static string TagName(string clientName) => ToApisTelemetryNames.ClientTagValue(clientName);

    private static string ScopeName(BalanceScope scope) => scope switch
    {
        BalanceScope.Token => "token",
        BalanceScope.User => "user",
        _ => "effective",
    };

    private IEnumerable<BalanceMonitorSnapshot> Snapshots() =>
        clients().Select(c => c.Current).OfType<BalanceMonitorSnapshot>().Where(s => s.FetchedAt is not null);

    /// <summary>One point per side read (token, user) and, with scope Both, the effective figure; none where the figure is unlimited or not reported.</summary>
    private IEnumerable<Measurement<double>> Sides(Func<BalanceSnapshot, Quota> side, Func<BalanceMonitorSnapshot, Quota> effective, bool unit = false)
    {
        foreach (var snapshot in Snapshots())
        {
            foreach (var (name, balance) in Read(snapshot))
            {
                if (side(balance).TryGetAmount(out var amount))
                {
                    yield return new((double)amount, Tags(snapshot, name, unit ? balance.Unit : null));
                }
            }

            if (snapshot.Scope == BalanceScope.Both && effective(snapshot).TryGetAmount(out var smaller))
            {
                yield return new((double)smaller, Tags(snapshot, "effective", unit ? snapshot.User!.Unit : null));
            }
        }
    }

    private IEnumerable<Measurement<double>> Sides(Func<BalanceSnapshot, decimal?> side, bool unit = false)
    {
        foreach (var snapshot in Snapshots())
        {
            foreach (var (name, balance) in Read(snapshot))
            {
                if (side(balance) is { } amount)
                {
                    yield return new((double)amount, Tags(snapshot, name, unit ? balance.Unit : null));
                }
            }
        }
    }

    private IEnumerable<Measurement<int>> Unlimited()
    {
        foreach (var snapshot in Snapshots())
        {
            foreach (var (name, balance) in Read(snapshot))
            {
                yield return new(balance.IsUnlimited ? 1 : 0, Tags(snapshot, name, null));
            }
        }
    }

    /// <summary>One point per client for a figure of what the monitor judges (its scope).</summary>
    private IEnumerable<Measurement<double>> Judged(Func<BalanceMonitorSnapshot, double?> figure)
    {
        foreach (var snapshot in Snapshots())
        {
            if (figure(snapshot) is { } value)
            {
                yield return new(value, Tags(snapshot, ScopeName(snapshot.Scope), null));
            }
        }
    }

    private IEnumerable<Measurement<int>> Levels() =>
        clients().Select(c => c.Current).OfType<BalanceMonitorSnapshot>().Select(s => new Measurement<int>((int)s.Level, Tags(s, ScopeName(s.Scope), null)));

    private static IEnumerable<(string Name, BalanceSnapshot Balance)> Read(BalanceMonitorSnapshot snapshot)
    {
        if (snapshot.Token is { } token)
        {
            yield return ("token", token);
        }

        if (snapshot.User is { } user)
        {
            yield return ("user", user);
        }
    }

    private static KeyValuePair<string, object?>[] Tags(BalanceMonitorSnapshot snapshot, string scope, BalanceUnit? unit) => unit is { } u
        ? [new(ClientTag, TagName(snapshot.ClientName)), new(ScopeTag, scope), new(FigureNames.UnitTag, FigureNames.Unit(u))]
        : [new(ClientTag, TagName(snapshot.ClientName)), new(ScopeTag, scope)];
}
