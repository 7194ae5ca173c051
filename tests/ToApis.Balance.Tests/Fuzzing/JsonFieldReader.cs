using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// The oracle's own reading of a known field, from a <see cref="JsonElement"/> and the semantics alone: numbers
/// as JSON numbers or strings holding one, lenient booleans, strings. Invariant-culture decimal parsing decides
/// the exact value; spellings whose reading the semantics leave open are marked lenient.
/// </summary>
internal static partial class JsonFieldReader
{
    /// <summary>More significant digits than a decimal holds: the SDK may round or refuse; either is fine, another number is not.</summary>
    private const int MaxStrictDigits = 29;

    public static FieldRead<decimal> Decimal(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return FieldRead<decimal>.Absent;
            case JsonValueKind.Number:
                var raw = value.GetRawText();
                return ParseNumber(raw, lenient: SignificantDigits(raw) > MaxStrictDigits);
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (IsNamedFloatingPoint(text))
                {
                    return FieldRead<decimal>.Bad;
                }

                // A plain decimal spelled without escapes reads exactly as the number would; any other spelling
                // (exponent, sign, white space, leading zeros, escapes) may or may not be accepted.
                var plain = value.GetRawText() == $"\"{text}\"" && PlainNumber().IsMatch(text);
                if (plain)
                {
                    return ParseNumber(text, lenient: SignificantDigits(text) > MaxStrictDigits);
                }

                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var loose)
                    ? FieldRead<decimal>.Of(loose, lenient: true)
                    : FieldRead<decimal>.Bad;
            default:
                return FieldRead<decimal>.Bad;
        }
    }

    public static FieldRead<bool> Boolean(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return FieldRead<bool>.Absent;
            case JsonValueKind.True:
                return FieldRead<bool>.Of(true);
            case JsonValueKind.False:
                return FieldRead<bool>.Of(false);
            case JsonValueKind.Number:
                // 1 and 0 as written; another spelling of them (1.0, -0, 1e0) is left open.
                return value.GetRawText() switch
                {
                    "1" => FieldRead<bool>.Of(true),
                    "0" => FieldRead<bool>.Of(false),
                    _ when value.TryGetDecimal(out var number) && number is 0m or 1m => FieldRead<bool>.Of(number == 1m, lenient: true),
                    _ => FieldRead<bool>.Bad,
                };
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                return text switch
                {
                    "1" => FieldRead<bool>.Of(true),
                    "0" => FieldRead<bool>.Of(false),
                    _ when text.Equals("true", StringComparison.OrdinalIgnoreCase) => FieldRead<bool>.Of(true),
                    _ when text.Equals("false", StringComparison.OrdinalIgnoreCase) => FieldRead<bool>.Of(false),
                    _ => FieldRead<bool>.Bad,
                };
            default:
                return FieldRead<bool>.Bad;
        }
    }

    public static FieldRead<string> String(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => FieldRead<string>.Absent,
        JsonValueKind.String => FieldRead<string>.Of(value.GetString()!),
        _ => FieldRead<string>.Bad,
    };

    private static FieldRead<decimal> ParseNumber(string text, bool lenient) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? FieldRead<decimal>.Of(number, lenient)
            : new FieldRead<decimal>(false, 0m, Invalid: true, Overflow: true, Lenient: false);

    private static bool IsNamedFloatingPoint(string text)
    {
        var name = text.Trim().TrimStart('+', '-');
        return name.Equals("NaN", StringComparison.OrdinalIgnoreCase) || name.Equals("Infinity", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Inf", StringComparison.OrdinalIgnoreCase) || name == "∞";
    }

    /// <summary>The digits of the mantissa from the first non-zero one to the last non-zero one.</summary>
    private static int SignificantDigits(string number)
    {
        var mantissa = number.Split('e', 'E')[0].Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        var trimmed = mantissa.Trim('0');
        return trimmed.Length;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
