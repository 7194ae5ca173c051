using System.Text;
using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Bodies: documented ones mutated (structurally, then byte by byte), random objects of known fields, random bytes.</summary>
internal static class BodyGen
{
    public static readonly string[] KnownNames = ["success", "remain_balance", "used_balance", "remain_credits", "used_credits", "credits_per_usd", "unlimited_quota", "message", "error"];

    public static readonly Gen<string> Name = Gen.Frequency(
        (6, Gen.OneOf(KnownNames)),
        (1, Gen.OneOf("Remain_Balance", "SUCCESS", "remainBalance", "remain_balance ", "data", "unknown", "\\u0072emain_balance", "succ\\u0065ss", "\\u0065rror", "unlimited\\u005fquota")));

    public static readonly Gen<string> Boolean = Gen.OneOf(
        "true", "false", "\"true\"", "\"false\"", "\"TRUE\"", "\" False \"", "1", "0", "\"1\"", "\"0\"", "2", "-1", "1.0", "-0", "\"yes\"", "\"t\"", "null", "{}", "[]", "\"\"");

    /// <summary>A value for any field: numbers, booleans, messages, error objects, random JSON, deep nesting.</summary>
    public static readonly Gen<string> Value = Gen.Frequency(
        (6, NumberGen.Any),
        (3, Boolean),
        (2, MessageGen.Message),
        (2, FailureBodyGen.ErrorObject),
        (2, JsonGen.Value),
        (1, JsonGen.DeepAroundLimit));

    public static readonly Gen<BodyMutation> Mutation = Gen.Select(Gen.Enum<BodyMutationKind>(), Gen.Int[0, 63], Name, Value, (kind, index, name, value) => new BodyMutation(kind, index, name, value));

    /// <summary>A documented body with 0 to 5 structural mutations.</summary>
    public static readonly Gen<JsonFields> MutatedDocumented =
        Gen.Select(Gen.OneOf(DocumentedBodies.All), Mutation.Array[0, 5], (body, mutations) => mutations.Aggregate(body, (b, m) => m.Apply(b)));

    /// <summary>A random object whose fields are mostly the known ones, with any values.</summary>
    public static readonly Gen<JsonFields> RandomObject = Gen.Select(Name, Value).Array[0, 9].Select(pairs => new JsonFields(pairs));

    public static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[0, 300];

    /// <summary>Serialized, then sometimes broken byte by byte: truncated, an invalid UTF-8 sequence, a byte changed, over 64 KiB.</summary>
    public static Gen<byte[]> Bytes(Gen<JsonFields> fields) => Gen.Select(fields, Gen.Bool, Gen.Int[0, 99], Gen.Int[0, 9999], (body, spaced, damage, where) =>
    {
        var bytes = body.ToUtf8(spaced);
        return damage switch
        {
            < 80 => bytes,
            < 88 => bytes[..(where % Math.Max(bytes.Length, 1))],
            < 94 => Insert(bytes, where, InvalidUtf8[where % InvalidUtf8.Length]),
            < 97 => Replace(bytes, where, (byte)(where * 7)),
            _ => [.. bytes, .. Encoding.ASCII.GetBytes(new string(' ', (64 * 1024) + 1))],
        };
    });

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8]];

    private static byte[] Insert(byte[] bytes, int where, byte[] inserted)
    {
        var at = where % (bytes.Length + 1);
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }

    private static byte[] Replace(byte[] bytes, int where, byte value)
    {
        if (bytes.Length == 0)
        {
            return [value];
        }

        var copy = (byte[])bytes.Clone();
        copy[where % copy.Length] = value;
        return copy;
    }
}
