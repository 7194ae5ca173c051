using System.Text;
using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Random JSON texts: scalars, arrays and objects a few levels deep, and very deep nesting.</summary>
internal static class JsonGen
{
    private static readonly string[] Words = ["a", "x", "remain_balance", "error", "message", "success", "data", "code", "type", "", "ключ", "键"];

    public static readonly Gen<string> Text =
        Gen.Char["abcXYZ019 _-.:/\"\\é中\n\t"].Array[0, 12].Select(chars => Quote(new string(chars)));

    public static readonly Gen<string> Scalar = Gen.Frequency(
        (1, Gen.OneOf("null", "true", "false")),
        (2, NumberGen.Any),
        (2, Text),
        (1, Gen.OneOf(Words).Select(Quote)));

    /// <summary>A key for a random object: known field names among others.</summary>
    public static readonly Gen<string> Key = Gen.Frequency((2, Gen.OneOf(Words).Select(Quote)), (1, Text));

    // After Key and Scalar: static fields initialize in order.
    public static readonly Gen<string> Value = Nested(3);

    /// <summary>An array or object nested <paramref name="levels"/> deep around a scalar.</summary>
    public static Gen<string> Deep(int levels) => Gen.Select(Gen.Bool, Scalar, (objects, inner) =>
    {
        var text = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            text.Append(objects ? "{\"a\": " : "[");
        }

        text.Append(inner);
        for (var i = 0; i < levels; i++)
        {
            text.Append(objects ? '}' : ']');
        }

        return text.ToString();
    });

    /// <summary>Deep nesting around the 64-level limit (the enclosing object adds one level).</summary>
    public static readonly Gen<string> DeepAroundLimit = Gen.OneOf(10, 62, 63, 64, 65, 70).SelectMany(Deep);

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static Gen<string> Nested(int depth)
    {
        if (depth == 0)
        {
            return Scalar;
        }

        var inner = Nested(depth - 1);
        return Gen.Frequency(
            (4, Scalar),
            (1, inner.Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]")),
            (1, Gen.Select(Key, inner).Array[0, 4].Select(pairs => "{" + string.Join(", ", pairs.Select(p => $"{p.Item1}: {p.Item2}")) + "}")));
    }
}
