using System.Globalization;

namespace ToApis.Balance.LoadHarness;

/// <summary>A tiny hand parser for the harness's command line: a mode, then overrides.</summary>
internal static class HarnessArguments
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/ToApis.Balance.LoadHarness -- [options]
          --short                  2,000 calls per phase at 50-way concurrency (the default)
          --full                   20,000 calls per phase at 200-way concurrency
          --calls N                calls per phase
          --concurrency N          concurrent calls
          --fault-rate F           fraction of responses spoiled in the faulty phase, 0 to 1 (default 0.05)
          --seed N                 seed of the fault sequence (default 6)
          --attempt-timeout-ms N   the client's AttemptTimeout (default: the SDK's)
          --total-timeout-ms N     the client's TotalTimeout (default: the SDK's)
        Exit code: 0 when every check passed, 1 otherwise (bad arguments included).
        """;

    /// <summary>Parses the arguments; returns null with an error message when they are not valid, or for --help.</summary>
    public static HarnessSettings? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var settings = args.Contains("--full") ? HarnessSettings.Full : HarnessSettings.Short;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--full" or "--short")
            {
                continue;
            }

            if (name is "--help" or "-h")
            {
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value.";
                return null;
            }

            var value = args[++i];
            HarnessSettings? next = name switch
            {
                "--calls" when PositiveInt(value) is { } calls => settings with { Calls = calls },
                "--concurrency" when PositiveInt(value) is { } concurrency => settings with { Concurrency = concurrency },
                "--fault-rate" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
                    => settings with { FaultRate = rate },
                "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) => settings with { Seed = seed },
                "--attempt-timeout-ms" when PositiveInt(value) is { } ms => settings with { AttemptTimeout = TimeSpan.FromMilliseconds(ms) },
                "--total-timeout-ms" when PositiveInt(value) is { } ms => settings with { TotalTimeout = TimeSpan.FromMilliseconds(ms) },
                _ => null,
            };
            if (next is null)
            {
                error = $"Unknown option or bad value: {name} {value}";
                return null;
            }

            settings = next;
        }

        return settings;
    }

    private static int? PositiveInt(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
