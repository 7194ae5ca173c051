using System.Text.Json;

namespace ToApis.Balance.Internal;

/// <summary>Reads <c>true</c>/<c>false</c> also when sent as strings or as 1/0, as some deployments do.</summary>
internal static class LenientBoolean
{
    /// <summary>The reader's current value as a flag, or <see langword="null"/> for a JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">The value is not one of the spellings of a flag.</exception>
    public static bool? Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1 => number == 1,
        JsonTokenType.String => ReadString(reader.GetString()),
        _ => throw new JsonException($"Expected a boolean, got {reader.TokenType}."),
    };

    private static bool ReadString(string? text) => text?.Trim() switch
    {
        "1" => true,
        "0" => false,
        var value when bool.TryParse(value, out var flag) => flag,
        _ => throw new JsonException("Expected a boolean, got a string that is not one."),
    };
}
