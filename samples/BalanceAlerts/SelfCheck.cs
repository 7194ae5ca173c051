using System.Diagnostics;
using System.Globalization;
using ToApis.Balance.Monitoring;

namespace BalanceAlerts;

/// <summary>
/// <c>--self-check 75s</c>: the sample as a smoke test for CI. It passes (exit 0) once the monitor has raised an alert
/// and made a forecast, and the app's own <c>/health/ready</c> and <c>/metrics</c> answer; else it fails (exit 1) when
/// the time is up. Meant for the sandbox, whose balance falls: a healthy real account raises no alert.
/// </summary>
internal sealed class SelfCheck
{
    public const string Key = "self-check";

    private readonly TaskCompletionSource<BalanceAlert> alert = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SpendForecast> forecast = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeSpan within;

    /// <summary>Listens to the monitor's events; create it before the app starts, so the first poll is seen.</summary>
    private SelfCheck(IBalanceMonitor monitor, TimeSpan within)
    {
        this.within = within;
        monitor.AlertRaised += (_, e) =>
        {
            if (!e.Alert.IsRecovery)
            {
                alert.TrySetResult(e.Alert);
            }
        };
        monitor.SnapshotChanged += (_, e) =>
        {
            if (e.Snapshot.Forecast.ExhaustionAt is not null)
            {
                forecast.TrySetResult(e.Snapshot.Forecast);
            }
        };
    }

    /// <summary>A self-check listening to <paramref name="monitor"/> when <c>--self-check</c> is given, else null.</summary>
    /// <exception cref="FormatException">The value is not a duration.</exception>
    public static SelfCheck? FromArguments(IConfiguration configuration, IBalanceMonitor monitor) =>
        Duration(configuration[Key]) is { } within ? new SelfCheck(monitor, within) : null;

    /// <summary>The time <c>--self-check</c> allows: <c>75s</c>, <c>2m</c>, <c>75</c> (seconds) or <c>00:01:15</c>.</summary>
    private static TimeSpan? Duration(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var (number, unit) = text[^1] switch
        {
            's' => (text[..^1], 1),
            'm' => (text[..^1], 60),
            _ => (text, 1),
        };
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            return TimeSpan.FromSeconds(amount * unit);
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }

        throw new FormatException($"--{Key} takes a duration such as 75s, 2m or 00:01:15; '{text}' is not one.");
    }

    /// <summary>Waits for an alert and a forecast, then calls the app's endpoints; returns the exit code.</summary>
    public async Task<int> RunAsync(Uri? baseAddress, CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(alert.Task, forecast.Task).WaitAsync(within, stopping);
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException)
        {
            // What was not seen is reported below.
        }

        var passed = Report("alert", alert.Task, a => $"{a.Level} {a.Kind}: {a.Message}");
        passed &= Report("forecast", forecast.Task, f => FormattableString.Invariant($"{f.CreditsPerHour:0} credits per hour, runs out at {f.ExhaustionAt:u}"));
        if (baseAddress is null)
        {
            Console.WriteLine("self-check: the app has no HTTP address to call.");
            return 1;
        }

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        passed &= await ProbeAsync(http, "/health/ready", body => body.Contains("\"status\"", StringComparison.Ordinal), stopping);
        // The gauge, and no key: ToAPIs keys start with "sk-" (the sandbox's too).
        passed &= await ProbeAsync(http, "/metrics", body => body.Contains("toapis_balance_credits_remaining", StringComparison.Ordinal) && !body.Contains("sk-", StringComparison.Ordinal), stopping);
        Console.WriteLine(FormattableString.Invariant($"self-check: {(passed ? "passed" : "FAILED")} after {clock.Elapsed.TotalSeconds:0.0} s"));
        return passed ? 0 : 1;
    }

    private static bool Report<T>(string what, Task<T> seen, Func<T, string> describe)
    {
        var ok = seen.IsCompletedSuccessfully;
        Console.WriteLine(ok ? $"self-check: first {what}: {describe(seen.Result)}" : $"self-check: FAILED, no {what} in time");
        return ok;
    }

    private static async Task<bool> ProbeAsync(HttpClient http, string path, Func<string, bool> expected, CancellationToken stopping)
    {
        try
        {
            // The readiness check answers 503 when the balance is Critical or stale: an answer all the same.
            using var response = await http.GetAsync(path, stopping);
            var body = await response.Content.ReadAsStringAsync(stopping);
            var ok = expected(body);
            Console.WriteLine($"self-check: GET {path} answered {(int)response.StatusCode}{(ok ? string.Empty : ", FAILED: not the expected content")}");
            return ok;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
        {
            Console.WriteLine($"self-check: FAILED, GET {path}: {error.Message}");
            return false;
        }
    }
}
