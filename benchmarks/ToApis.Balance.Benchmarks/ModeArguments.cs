using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>The <c>--name value</c> integers and <c>--name</c> switches of the non-BenchmarkDotNet modes.</summary>
internal sealed class ModeArguments(string[] args)
{
    public bool Has(string name) => args.Contains("--" + name);

    public int Get(string name, int defaultValue)
    {
        var index = Array.IndexOf(args, "--" + name);
        if (index < 0)
        {
            return defaultValue;
        }

        if (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new ArgumentException($"--{name} needs a positive integer.");
        }

        return value;
    }

    /// <summary>The text after <c>--name</c>, or <paramref name="defaultValue"/> when the switch is absent.</summary>
    public string GetText(string name, string defaultValue)
    {
        var index = Array.IndexOf(args, "--" + name);
        if (index < 0)
        {
            return defaultValue;
        }

        return index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"--{name} needs a value.");
    }
}
