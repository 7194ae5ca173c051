using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>Reads <c>true</c>/<c>false</c> also when sent as strings or as 1/0, as some deployments do.</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1 => number == 1,
        JsonTokenType.String when reader.ValueTextEquals("true"u8) || reader.ValueTextEquals("1"u8) => true,
        JsonTokenType.String when reader.ValueTextEquals("false"u8) || reader.ValueTextEquals("0"u8) => false,
        _ => throw new JsonException($"Expected a boolean, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is bool flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
