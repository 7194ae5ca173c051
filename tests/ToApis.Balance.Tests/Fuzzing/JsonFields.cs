using System.Text;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>A flat JSON object as an ordered list of (name as written between the quotes, raw JSON value); duplicates allowed.</summary>
internal sealed record JsonFields(IReadOnlyList<(string Name, string Value)> Fields)
{
    public string ToJson(bool spaced = true)
    {
        var separator = spaced ? ", " : ",";
        var colon = spaced ? ": " : ":";
        return "{" + string.Join(separator, Fields.Select(f => $"\"{f.Name}\"{colon}{f.Value}")) + "}";
    }

    public byte[] ToUtf8(bool spaced = true) => Encoding.UTF8.GetBytes(ToJson(spaced));

    public JsonFields With(Func<List<(string Name, string Value)>, IEnumerable<(string Name, string Value)>> change) => new([.. change([.. Fields])]);

    public override string ToString() => ToJson();
}
