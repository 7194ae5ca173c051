namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// The monitor of one client: polls its balance, keeps the latest snapshot, and turns what changed into alerts. Its
/// poll loop is the only caller of <see cref="PollAsync"/>; <see cref="Current"/> is read from any thread.
/// </summary>
internal sealed class ClientMonitor
{
    private readonly IToApisBalanceClient client;
    private readonly TimeProvider time;
    private readonly ThresholdEvaluator thresholds;
    private readonly SpendRateTracker forecast;
    private readonly AlertLatch exhausted = new();
    private readonly AlertLatch exhaustion = new();
    private readonly AlertLatch spike = new();
    private readonly AlertLatch failures = new();
    private readonly AlertLatch authentication = new();
    private readonly TimeSpan staleAfter;
    private BalanceMonitorSnapshot? current;
    private BalanceStatus? judged;
    private Type? lastFailureType;
    private int repeats;

    public ClientMonitor(string name, IToApisBalanceClient client, BalanceMonitorOptions options, TimeProvider time)
    {
        Name = name;
        this.client = client;
        this.time = time;
        Options = options;
        thresholds = new ThresholdEvaluator(options.Thresholds, options.HysteresisPercent);
        forecast = new SpendRateTracker(ForecastSettings.From(options));
        staleAfter = MonitorDefaults.StaleAfter(options);
    }

    public string Name { get; }

    public BalanceMonitorOptions Options { get; }

    public BalanceMonitorSnapshot? Current => Volatile.Read(ref current);

    /// <summary>Gets how many balances the spend-rate forecast holds now: what this monitor keeps of its past polls.</summary>
    public int ForecastSamples => forecast.Count;

    /// <summary>Reads the balance once and returns the new snapshot, the alerts it raises, and the wait before the next poll.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task<PollResult> PollAsync(CancellationToken cancellationToken)
    {
        BalanceReading reading;
        try
        {
            reading = await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Failed(failure);
        }

        return Succeeded(reading);
    }

    /// <summary>Reads the balance in this monitor's scope, without touching its state (for the pre-flight guard).</summary>
    public Task<BalanceReading> ReadAsync(CancellationToken cancellationToken) => BalanceReading.ReadAsync(client, Options.Scope, cancellationToken);

    private PollResult Succeeded(BalanceReading reading)
    {
        var outcome = thresholds.Evaluate(reading.Figures);
        var spend = forecast.Add(reading.FetchedAt, reading.Figures);
        var horizon = Options.WarnWhenExhaustedWithin;
        var releaseAt = horizon * (1 + (Options.HysteresisPercent / 100));

        // Run out is Critical, thresholds or not (the core's rule); the forecast's warning keeps its state meanwhile.
        var status = reading.Figures.Evaluate(null);
        judged = reading.Figures.Evaluate(thresholds.Thresholds);
        var exhaustedChange = exhausted.Update(status.IsExhausted, !status.IsExhausted && !status.IsUnknown);
        var forecastable = !exhausted.Active;
        var exhaustionChange = exhaustion.Update(forecastable && horizon > TimeSpan.Zero && spend.TimeToExhaustion <= horizon, forecastable && (spend.TimeToExhaustion is null || spend.TimeToExhaustion > releaseAt));
        var spikeChange = spike.Update(spend.IsSpike, !spend.IsSpike);
        var failuresChange = failures.Update(false, true);
        var authenticationChange = authentication.Update(false, true);
        lastFailureType = null;
        repeats = 0;

        var now = time.GetUtcNow();
        var wait = PollSchedule.Next(Options.Interval, Options.Jitter, Random.Shared.NextDouble(), null, 0);
        var snapshot = Publish(Judged(new BalanceMonitorSnapshot
        {
            ClientName = Name,
            Scope = Options.Scope,
            Token = reading.Token,
            User = reading.User,
            Figures = reading.Figures,
            LimitedBy = reading.LimitedBy,
            FetchedAt = reading.FetchedAt,
            CheckedAt = now,
            NextPollAt = now + wait,
            Forecast = spend,
        }));

        var alerts = new List<BalanceAlert>();
        if (outcome.Entered is { } entered)
        {
            alerts.Add(Alert(BalanceAlertKind.Threshold, entered.Level, null, AlertMessages.ThresholdEntered(snapshot, entered), snapshot, entered));
        }
        else if (outcome.Recovered is { } recovered)
        {
            alerts.Add(Alert(BalanceAlertKind.Threshold, outcome.Current, recovered.Level, AlertMessages.ThresholdRecovered(snapshot, recovered, outcome.Current), snapshot, recovered));
        }

        AddChange(alerts, exhaustedChange, BalanceAlertKind.Exhausted, AlertLevel.Critical, snapshot, () => AlertMessages.Exhausted(snapshot), () => AlertMessages.ExhaustedRecovered(snapshot));
        AddChange(alerts, exhaustionChange, BalanceAlertKind.Exhaustion, AlertLevel.Warning, snapshot, () => AlertMessages.Exhaustion(snapshot, horizon), () => AlertMessages.ExhaustionRecovered(snapshot));
        AddChange(alerts, spikeChange, BalanceAlertKind.SpendSpike, AlertLevel.Warning, snapshot, () => AlertMessages.Spike(snapshot, Options.SpikeWindow), () => AlertMessages.SpikeRecovered(snapshot));
        AddChange(alerts, failuresChange, BalanceAlertKind.PollFailures, AlertLevel.Warning, snapshot, () => string.Empty, () => AlertMessages.PollsRecovered(snapshot));
        AddChange(alerts, authenticationChange, BalanceAlertKind.Authentication, AlertLevel.Critical, snapshot, () => string.Empty, () => AlertMessages.PollsRecovered(snapshot));
        return new PollResult(snapshot, alerts, wait);
    }

    private PollResult Failed(Exception failure)
    {
        repeats = failure.GetType() == lastFailureType ? repeats + 1 : 0;
        lastFailureType = failure.GetType();
        var previous = Current;
        var consecutive = (previous?.ConsecutiveFailures ?? 0) + 1;
        var refused = failure is ToApisAuthenticationException;
        var authenticationChange = authentication.Update(refused, false);
        var failuresChange = failures.Update(!authentication.Active && consecutive >= Options.ConsecutiveFailuresBeforeAlert, false);
        var now = time.GetUtcNow();
        var wait = PollSchedule.Next(Options.Interval, Options.Jitter, Random.Shared.NextDouble(), failure, repeats);
        var snapshot = Publish(Judged((previous ?? new BalanceMonitorSnapshot { ClientName = Name, Scope = Options.Scope }) with
        {
            CheckedAt = now,
            NextPollAt = now + wait,
            ConsecutiveFailures = consecutive,
            LastFailure = failure,
        }));

        var alerts = new List<BalanceAlert>();
        AddChange(alerts, authenticationChange, BalanceAlertKind.Authentication, AlertLevel.Critical, snapshot, () => AlertMessages.Authentication(snapshot), () => string.Empty);
        AddChange(alerts, failuresChange, BalanceAlertKind.PollFailures, AlertLevel.Warning, snapshot, () => AlertMessages.Failures(snapshot), () => string.Empty);
        return new PollResult(snapshot, alerts, wait);
    }

    /// <summary>Stamps staleness and makes the snapshot current.</summary>
    private BalanceMonitorSnapshot Publish(BalanceMonitorSnapshot snapshot)
    {
        snapshot = snapshot with { IsStale = snapshot.Age is not { } age || age > staleAfter };
        Volatile.Write(ref current, snapshot);
        return snapshot;
    }

    /// <summary>
    /// Sets the level in force and whether the state beyond it is known: unknown when the latest balance read left a
    /// threshold of a higher level (or whether it has run out) undecided, by the core's rule.
    /// </summary>
    private BalanceMonitorSnapshot Judged(BalanceMonitorSnapshot snapshot)
    {
        var level = Level();
        var unknown = judged is { IsUnknown: true } status && (status.Undecided?.Level ?? AlertLevel.Critical) > level;
        return snapshot with { Level = level, IsUnknown = unknown, Undecided = unknown ? judged!.Value.Undecided : null };
    }

    private AlertLevel Level()
    {
        var level = thresholds.Level;
        if ((exhaustion.Active || spike.Active || failures.Active) && level < AlertLevel.Warning)
        {
            level = AlertLevel.Warning;
        }

        return authentication.Active || exhausted.Active ? AlertLevel.Critical : level;
    }

    private static void AddChange(List<BalanceAlert> alerts, int change, BalanceAlertKind kind, AlertLevel level, BalanceMonitorSnapshot snapshot, Func<string> raised, Func<string> cleared)
    {
        if (change != 0)
        {
            alerts.Add(change > 0 ? Alert(kind, level, null, raised(), snapshot, null) : Alert(kind, AlertLevel.Ok, level, cleared(), snapshot, null));
        }
    }

    /// <summary>An alert; <paramref name="recoveredFrom"/> is the level of the state that ended, for a recovery, else null.</summary>
    private static BalanceAlert Alert(BalanceAlertKind kind, AlertLevel level, AlertLevel? recoveredFrom, string message, BalanceMonitorSnapshot snapshot, BalanceThreshold? threshold) =>
        new() { Kind = kind, Level = level, IsRecovery = recoveredFrom is not null, RecoveredFrom = recoveredFrom, Message = message, Snapshot = snapshot, Threshold = threshold };
}
