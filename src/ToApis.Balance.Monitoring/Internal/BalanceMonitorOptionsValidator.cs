using Microsoft.Extensions.Options;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// Checks <see cref="BalanceMonitorOptions"/> when the host starts, with messages that name the monitored client and
/// say what to set: the declared ranges (source-generated) and the rules that span several options.
/// </summary>
/// <param name="clients">The monitored clients: options of any other name are not a monitor's.</param>
internal sealed class BalanceMonitorOptionsValidator(MonitoredClients clients) : IValidateOptions<BalanceMonitorOptions>
{
    private static readonly BalanceMonitorOptionsAttributeValidator Attributes = new();

    public ValidateOptionsResult Validate(string? name, BalanceMonitorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        if (!clients.Contains(name))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = GetFailures(options);
        // The client is named once, in front of every message; the generated messages name the options type instead.
        var ranges = Attributes.Validate(nameof(BalanceMonitorOptions), options);
        if (ranges.Failed)
        {
            failures.InsertRange(0, ranges.Failures);
        }

        var who = name.Length == 0 ? "ToAPIs balance monitor" : $"ToAPIs balance monitor of client '{name}'";
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.ConvertAll(f => $"{who}: {f}"));
    }

    /// <summary>The rules that span several options, or that a range attribute cannot say.</summary>
    public static List<string> GetFailures(BalanceMonitorOptions options)
    {
        var failures = new List<string>();
        CheckRange(nameof(options.Interval), options.Interval, MonitorDefaults.MinInterval, MonitorDefaults.MaxInterval, "10 seconds and 24 hours", failures);
        CheckRange(nameof(options.WarnWhenExhaustedWithin), options.WarnWhenExhaustedWithin, TimeSpan.Zero, MonitorDefaults.MaxWindow, "0 (off) and 7 days", failures);
        CheckRange(nameof(options.ForecastWindow), options.ForecastWindow, MonitorDefaults.MinForecastWindow, MonitorDefaults.MaxWindow, "1 minute and 7 days", failures);
        CheckRange(nameof(options.FirstPollJitter), options.FirstPollJitter, TimeSpan.Zero, options.Interval, "0 and Interval", failures);
        CheckRange(nameof(options.GuardMaxAge), options.GuardMaxAge, TimeSpan.Zero, MonitorDefaults.MaxInterval, "0 and 24 hours", failures);
        if (!Enum.IsDefined(options.Scope))
        {
            failures.Add($"Scope must be Token, User or Both; it is {options.Scope}.");
        }

        if (options.StaleAfter is { } stale && stale < options.Interval)
        {
            failures.Add($"StaleAfter ({stale}) must be at least Interval ({options.Interval}): otherwise every balance is stale before the next poll.");
        }

        // Shorter than the polls can fill is not an error: the forecast raises them to fit the interval (ForecastSettings).
        if (options.ForecastMinimumSpan > options.ForecastWindow)
        {
            failures.Add($"ForecastMinimumSpan ({options.ForecastMinimumSpan}) must be at most ForecastWindow ({options.ForecastWindow}).");
        }

        if (options.SpikeWindow > options.ForecastWindow / 2)
        {
            failures.Add($"SpikeWindow ({options.SpikeWindow}) must be at most half of ForecastWindow ({options.ForecastWindow / 2}).");
        }

        if (!double.IsFinite(options.HysteresisPercent) || options.HysteresisPercent < 0 || options.HysteresisPercent > 100)
        {
            failures.Add($"HysteresisPercent must be from 0 to 100; it is {options.HysteresisPercent}.");
        }

        for (var i = 0; i < options.Thresholds.Count; i++)
        {
            CheckThreshold(i, options.Thresholds[i], failures);
        }

        return failures;
    }

    /// <summary>A range check on a <see cref="TimeSpan"/> (a range attribute on one is not trim-safe).</summary>
    private static void CheckRange(string option, TimeSpan value, TimeSpan min, TimeSpan max, string range, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add($"{option} must be between {range}; it is {value}.");
        }
    }

    private static void CheckThreshold(int index, BalanceThreshold? threshold, List<string> failures)
    {
        var where = $"Thresholds:{index}";
        if (threshold is null)
        {
            failures.Add($"{where} is empty: give it a Measure, a Value and a Level.");
            return;
        }

        if (!Enum.IsDefined(threshold.Measure))
        {
            failures.Add($"{where}:Measure must be Credits, Balance, Usd or PercentRemaining; it is {threshold.Measure}.");
        }

        if (threshold.Level is not (AlertLevel.Warning or AlertLevel.Critical))
        {
            failures.Add($"{where}:Level must be Warning or Critical; it is {threshold.Level}.");
        }

        if (threshold.Range is { } alertRange)
        {
            failures.Add($"{where}:Range ({alertRange}) is not supported by the monitor: it re-arms a threshold once the figure recovers past Value plus HysteresisPercent, which only the plain form has. Remove Range and give Value (crossed at or below it).");
        }
        else if (threshold.Value < 0 || (threshold.Measure == ThresholdMeasure.PercentRemaining && threshold.Value > 100))
        {
            var range = threshold.Measure == ThresholdMeasure.PercentRemaining ? "between 0 and 100" : "zero or more";
            failures.Add($"{where}:Value must be {range}; it is {threshold.Value}.");
        }
    }
}
