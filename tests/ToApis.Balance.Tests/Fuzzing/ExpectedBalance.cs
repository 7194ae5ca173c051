namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Every figure of a balance as the semantics compute it from the body.</summary>
internal sealed record ExpectedBalance(
    Quota Remaining,
    decimal? Used,
    Quota RemainingCredits,
    decimal? UsedCredits,
    decimal? CreditsPerUsd,
    Quota RemainingUsd,
    decimal? UsedUsd,
    bool IsUnlimited)
{
    /// <summary>The figures that differ from <paramref name="actual"/>, one line each; empty when all match exactly.</summary>
    public IReadOnlyList<string> Differences(BalanceSnapshot actual)
    {
        var differences = new List<string>();
        Compare(differences, nameof(Remaining), Remaining, actual.Remaining);
        Compare(differences, nameof(Used), Used, actual.Used);
        Compare(differences, nameof(RemainingCredits), RemainingCredits, actual.RemainingCredits);
        Compare(differences, nameof(UsedCredits), UsedCredits, actual.UsedCredits);
        Compare(differences, nameof(CreditsPerUsd), CreditsPerUsd, actual.CreditsPerUsd);
        Compare(differences, nameof(RemainingUsd), RemainingUsd, actual.RemainingUsd);
        Compare(differences, nameof(UsedUsd), UsedUsd, actual.UsedUsd);
        if (IsUnlimited != actual.IsUnlimited)
        {
            differences.Add($"IsUnlimited: expected {IsUnlimited}, got {actual.IsUnlimited}");
        }

        return differences;
    }

    private static void Compare(List<string> differences, string name, Quota expected, Quota actual)
    {
        // Exact: the same state, and for a limited quota the same decimal value (scale aside).
        if (expected.IsUnlimited != actual.IsUnlimited || expected.IsReported != actual.IsReported || expected.Amount != actual.Amount)
        {
            differences.Add($"{name}: expected {expected}, got {actual}");
        }
    }

    private static void Compare(List<string> differences, string name, decimal? expected, decimal? actual)
    {
        if (expected != actual)
        {
            differences.Add($"{name}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    private static string Show(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
