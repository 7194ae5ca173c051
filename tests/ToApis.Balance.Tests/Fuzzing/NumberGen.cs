using System.Globalization;
using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>JSON texts for a numeric field: plain numbers, edge spellings, numbers as strings, and non-numbers.</summary>
internal static class NumberGen
{
    /// <summary>Valid JSON numbers at the edges: -1, exponents, huge (1e40, decimal.MaxValue and one past it), tiny (1e-40).</summary>
    public static readonly string[] Edges =
    [
        "0", "1", "-1", "-1.0", "-1e0", "100.0", "25.5", "20000", "5100", "200", "0.5", "-0", "0e0", "0.000", "1E+2", "2.5E-3",
        "1e40", "-1e40", "1e28", "1e29", "1e-28", "1e-40", "-1e-40", "1.5e-40", "1e308", "1e309", "-1e400", "4.9e-324",
        "79228162514264337593543950335", "-79228162514264337593543950335", "79228162514264337593543950336",
        "7.9228162514264337593543950335E+28", "0.0000000000000000000000000001", "123456789012345678901234567",
        "1e-20", "0.00000001", "12345678901234567890.12345678",
    ];

    /// <summary>Numbers as JSON strings, NaN/Infinity spellings included.</summary>
    public static readonly string[] Strings =
    [
        "\"10.5\"", "\"-1\"", "\"200\"", "\"0\"", "\"1e40\"", "\"1e-40\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"nan\"",
        "\"infinity\"", "\"+Infinity\"", "\" 10.5 \"", "\"+5\"", "\"\"", "\"abc\"", "\"1,5\"", "\"0x10\"", "\"79228162514264337593543950335\"",
        "\"79228162514264337593543950336\"", "\"1E5\"", "\"007\"", "\"1\\u0030\"", "\"١٢\"", "\"-0\"", "\"0.0000000000000000000000000001\"",
        "\"1e-20\"",
    ];

    /// <summary>Bare words that look like numbers but are not JSON: the body is then not JSON at all.</summary>
    public static readonly string[] NotJson = ["NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "1e", "--1", "0x10"];

    /// <summary>A plain number: a long mantissa with a scale of 0 to 12, sometimes with an exponent.</summary>
    public static readonly Gen<string> Plain =
        Gen.Select(Gen.Long[-1_000_000_000_000_000, 1_000_000_000_000_000], Gen.Int[0, 12], Gen.Frequency((6, Gen.Const((int?)null)), (1, Gen.Int[-45, 45].Select(e => (int?)e))), Spell);

    public static readonly Gen<string> Any = Gen.Frequency(
        (6, Plain),
        (4, Gen.OneOf(Edges)),
        (2, Gen.OneOf(Strings)),
        (1, Plain.Select(n => $"\"{n}\"")),
        (1, Gen.OneOf(NotJson)));

    private static string Spell(long mantissa, int scale, int? exponent)
    {
        var digits = Math.Abs((decimal)mantissa).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        var text = scale == 0 ? digits : $"{digits[..^scale]}.{digits[^scale..]}";
        text = (mantissa < 0 ? "-" : string.Empty) + text;
        return exponent is int e ? string.Create(CultureInfo.InvariantCulture, $"{text}e{e}") : text;
    }
}
