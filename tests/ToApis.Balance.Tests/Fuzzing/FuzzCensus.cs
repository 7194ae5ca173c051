using System.Collections.Concurrent;
using System.Text;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Failures grouped by kind, each with its count and its shortest example; for census runs only.</summary>
internal sealed class FuzzCensus
{
    private readonly ConcurrentDictionary<string, (int Count, string Example)> kinds = new();
    private int failures;

    public bool IsEmpty => kinds.IsEmpty;

    public int Failures => Volatile.Read(ref failures);

    public async Task RecordAsync<T>(T value, Func<T, Task> property)
    {
        try
        {
            await property(value);
        }
#pragma warning disable CA1031 // A census records every failure, whatever its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref failures);
            var kind = e is FuzzMismatch mismatch ? mismatch.Category : e.GetType().Name;
            var example = $"{value}{Environment.NewLine}    {e.Message.Replace(Environment.NewLine, Environment.NewLine + "    ", StringComparison.Ordinal)}";
            kinds.AddOrUpdate(kind, (1, example), (_, old) => (old.Count + 1, example.Length < old.Example.Length ? example : old.Example));
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (kind, (count, example)) in kinds.OrderByDescending(k => k.Value.Count))
        {
            text.AppendLine($"- {kind}: {count} cases; shortest: {example}");
        }

        return text.ToString();
    }
}
