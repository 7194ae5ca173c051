namespace ToApis.Balance.Cli;

/// <summary>How a key is named in output: enough to tell keys apart, never enough to use one.</summary>
internal static class KeyLabel
{
    /// <summary>The shortest key whose ends are shown: below it, 9 shown characters would leave too few hidden.</summary>
    private const int ShortestMasked = 20;

    /// <summary>The start of the label of a key too short to mask, which only its position names.</summary>
    private const string Positional = "key ";

    /// <summary><c>sk-ab…wxyz</c> (the first five and the last four characters) for a key of usual length; <c>key 3</c> for a short one.</summary>
    /// <param name="key">The key.</param>
    /// <param name="position">Its position in the run, from 1.</param>
    public static string For(string key, int position) =>
        key.Length >= ShortestMasked ? string.Concat(key.AsSpan(0, 5), "…", key.AsSpan(key.Length - 4)) : Positional + position;

    /// <summary>
    /// A key for a person: <c>sk-ab…wxyz from TOAPIS_API_KEY</c>, or for a key too short to mask, where it came from
    /// alone (<c>from line 3 of --keys-stdin</c>): its position says less than its origin.
    /// </summary>
    /// <param name="label">The key's label.</param>
    /// <param name="origin">Where the key came from (<see cref="SourcedKey.Origin"/>).</param>
    public static string Describe(string label, string origin) =>
        label.StartsWith(Positional, StringComparison.Ordinal) ? "from " + origin : $"{label} from {origin}";

    /// <summary>
    /// The labels of several keys, each unique: two keys with the same ends get <c>#2</c>, <c>#3</c>, so no two
    /// series or rows share a label (Prometheus rejects a file with duplicate series).
    /// </summary>
    public static IReadOnlyList<string> ForAll(IReadOnlyList<string> keys)
    {
        var labels = new List<string>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var label = For(keys[i], i + 1);
            var unique = label;
            for (var n = 2; labels.Contains(unique, StringComparer.Ordinal); n++)
            {
                unique = $"{label} #{n}";
            }

            labels.Add(unique);
        }

        return labels;
    }
}
