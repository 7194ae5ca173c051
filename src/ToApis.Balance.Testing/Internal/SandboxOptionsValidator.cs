using System.Globalization;

namespace ToApis.Balance.Testing.Internal;

/// <summary>
/// Checks <see cref="ToApisSandboxOptions"/> without reflection, so the kit stays trim- and AOT-safe (the native
/// <c>toapis-balance --sandbox</c> runs it). The messages are those the DataAnnotations ranges used to give.
/// </summary>
internal static class SandboxOptionsValidator
{
    private const string Prefix = "ToApisSandboxOptions: ";

    /// <summary>Checks every option and returns the scenario named.</summary>
    /// <exception cref="ArgumentException">An option is not valid; the message names every failure and what to set.</exception>
    public static ToApisSandboxScenario Validate(ToApisSandboxOptions options)
    {
        var messages = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Scenario))
        {
            messages.Add($"{Prefix}The {nameof(options.Scenario)} field is required.");
        }

        CheckRange(nameof(options.Port), options.Port, 0, 65535, messages);
        CheckRange(nameof(options.SlowDelay), options.SlowDelay, TimeSpan.Zero, SandboxDefaults.MaxTimeSpan, messages);
        CheckRange(nameof(options.RetryAfter), options.RetryAfter, TimeSpan.Zero, SandboxDefaults.MaxTimeSpan, messages);
        CheckRange(nameof(options.FallingStartBalance), options.FallingStartBalance, 0m, SandboxDefaults.MaxAmount, messages);
        CheckRange(nameof(options.FallingSpendPerMinute), options.FallingSpendPerMinute, 0m, SandboxDefaults.MaxAmount, messages);

        ToApisSandboxScenario? scenario = null;
        if (options.Scenario is not null && !ToApisSandboxScenario.TryParse(options.Scenario, out scenario))
        {
            messages.Add($"ToApisSandboxOptions.Scenario '{options.Scenario}' is not a sandbox scenario. Valid scenarios: {string.Join(", ", ToApisSandboxScenario.Names)}.");
        }

        return messages.Count == 0 ? scenario! : throw new ArgumentException(string.Join(" ", messages), nameof(options));
    }

    private static void CheckRange<T>(string name, T value, T min, T max, List<string> messages)
        where T : IComparable<T>, IFormattable
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            messages.Add(string.Create(CultureInfo.CurrentCulture, $"{Prefix}The field {name} must be between {min} and {max}."));
        }
    }
}
