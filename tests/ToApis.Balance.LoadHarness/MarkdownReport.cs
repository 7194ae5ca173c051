using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;

namespace ToApis.Balance.LoadHarness;

/// <summary>Writes a harness run as markdown: the settings, a table of figures, a table of checks, the verdict.</summary>
internal static class MarkdownReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(HarnessResult result)
    {
        var s = result.Settings;
        var o = result.ClientOptions;
        PhaseResult[] phases = [result.Clean, result.Faulty];
        var text = new StringBuilder();
        Line(text, $"## ToApis.Balance load harness");
        Line(text, $"");
        Line(text, $"- {s.Calls:N0} calls per phase at {s.Concurrency}-way concurrency on one `ToApisBalanceClient`, alternating `GET /v1/balance` and `GET /v1/user/balance`, against Kestrel on loopback.");
        Line(text, $"- Faulty phase: {s.FaultRate:P1} of responses spoiled (half HTTP 503, half connection resets), seed {s.Seed}.");
        Line(text, $"- Client: MaxRetryAttempts {o.MaxRetryAttempts}, RetryBaseDelay {Duration(o.RetryBaseDelay)}, AttemptTimeout {Duration(o.AttemptTimeout)}, TotalTimeout {Duration(o.TotalTimeout)}.");
        Line(text, $"- {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC.");
        Line(text, $"");
        Line(text, $"| Figure | {phases[0].Name} | {phases[1].Name} |");
        Line(text, $"|---|---:|---:|");
        Row(text, "Fault rate", phases, p => string.Create(Invariant, $"{p.FaultRate:P1}"));
        Row(text, "Successes", phases, p => string.Create(Invariant, $"{p.Successes:N0}"));
        Row(text, "Failures, ToApisException (by type)", phases, p => Tally(p.TypedFailures));
        Row(text, "Failures, any other type", phases, p => Tally(p.UntypedFailures));
        Row(text, "Successes with wrong values", phases, p => string.Create(Invariant, $"{p.WrongValues:N0}"));
        Row(text, "Slowest failed call / TotalTimeout", phases, p => p.MaxFailedElapsed is { } max ? $"{Duration(max)} / {Duration(p.TotalTimeout)}" : "none failed");
        Row(text, "Server requests (token + user)", phases, p => string.Create(Invariant, $"{p.Requests.Total:N0} ({p.Requests.Token:N0} + {p.Requests.User:N0})"));
        Row(text, "Injected: 503 / resets", phases, p => string.Create(Invariant, $"{p.Requests.ServiceUnavailable:N0} / {p.Requests.ConnectionResets:N0}"));
        Row(text, "Requests per call: mean / max", phases, p => string.Create(Invariant, $"{(double)p.Requests.Total / p.Calls:0.000} / {p.MaxRequestsPerCall}"));
        Row(text, "Bound: calls x (retries + 1)", phases, p => string.Create(Invariant, $"{p.RequestBound:N0}"));
        Row(text, "Open TCP connections: before / after run / after dispose", phases, p => string.Create(Invariant, $"{p.TcpBefore} / {p.TcpAfterRun} / {p.TcpAfterDispose}"));
        Row(text, "Managed memory: before / after run", phases, p => $"{Bytes(p.MemoryBefore)} / {Bytes(p.MemoryAfter)}");
        Row(text, "Retained per call", phases, p => string.Create(Invariant, $"{p.RetainedBytesPerCall:+0.0;-0.0;0} B"));
        Row(text, "Wall time (calls/s)", phases, p => string.Create(Invariant, $"{Duration(p.Elapsed)} ({p.Calls / p.Elapsed.TotalSeconds:N0}/s)"));
        Line(text, $"");
        Line(text, $"| Check | {phases[0].Name} | {phases[1].Name} |");
        Line(text, $"|---|---|---|");
        foreach (var name in phases.SelectMany(p => p.Checks).Select(c => c.Name).Distinct(StringComparer.Ordinal))
        {
            Row(text, name, phases, p => p.Checks.FirstOrDefault(c => c.Name == name) is { } c ? $"{(c.Passed ? "pass" : "**FAIL**")}: {c.Detail}" : "n/a");
        }

        Line(text, $"");
        Line(text, $"Result: {(result.Passed ? "PASS" : "FAIL")}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(Invariant)).Append('\n');

    private static void Row(StringBuilder text, string figure, PhaseResult[] phases, Func<PhaseResult, string> cell) =>
        Line(text, $"| {figure} | {cell(phases[0])} | {cell(phases[1])} |");

    private static string Tally(IReadOnlyDictionary<string, int> counts) => counts.Count == 0
        ? "0"
        : string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(Invariant, $"{c.Key} {c.Value:N0}")));

    private static string Duration(TimeSpan duration) => duration.TotalSeconds >= 1
        ? string.Create(Invariant, $"{duration.TotalSeconds:0.00} s")
        : string.Create(Invariant, $"{duration.TotalMilliseconds:0.#} ms");

    private static string Bytes(long bytes) => string.Create(Invariant, $"{bytes / 1024d / 1024d:0.00} MiB");
}
