using System.Globalization;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// How much the fuzz properties run and from where: a replay seed (<c>TOAPIS_FUZZ_SEED</c>) and an iteration count
/// (<c>TOAPIS_FUZZ_ITER</c>) from the environment, the defaults otherwise. See Fuzzing/README.md.
/// </summary>
internal static class FuzzSettings
{
    public const string SeedVariable = "TOAPIS_FUZZ_SEED";

    public const string IterVariable = "TOAPIS_FUZZ_ITER";

    public const string CensusVariable = "TOAPIS_FUZZ_CENSUS";

    /// <summary>
    /// <c>TOAPIS_FUZZ_CENSUS=1</c>: run every case instead of stopping at the first failure, and list each kind of
    /// failure with its count and smallest example (how a report lists every bug, not just the smallest).
    /// </summary>
    public static bool Census => Environment.GetEnvironmentVariable(CensusVariable) is "1" or "true";

    /// <summary>A generous bound on one case; only a hang reaches it.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    public static string? Seed => Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seed ? seed.Trim() : null;

    /// <summary>The iteration count of a property: <c>TOAPIS_FUZZ_ITER</c> when set, else the property's default.</summary>
    public static long Iterations(long byDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable(IterVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var iter) && iter > 0
            ? iter
            : byDefault;
}
