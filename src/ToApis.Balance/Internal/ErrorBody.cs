using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>The OpenAI-style error object. Its <c>code</c> arrives as a number, a string, or an empty string.</summary>
internal sealed class ErrorBody
{
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("code")]
    public JsonElement Code { get; set; }

    /// <summary>The HTTP status this error stands for, from its code or else its type, when either says.</summary>
    public int? ImpliedStatus => CodeAsStatus() ?? Type?.Trim().ToUpperInvariant() switch
    {
        "AUTHENTICATION_ERROR" or "INVALID_API_KEY" or "PERMISSION_ERROR" or "PERMISSION_DENIED" => 401,
        "INSUFFICIENT_QUOTA" => 402,
        "NOT_FOUND_ERROR" => 404,
        "RATE_LIMIT_ERROR" or "RATE_LIMIT_EXCEEDED" => 429,
        "SERVER_ERROR" or "API_ERROR" or "SERVICE_UNAVAILABLE" => 500,
        _ => null,
    };

    private int? CodeAsStatus()
    {
        var code = Code.ValueKind switch
        {
            JsonValueKind.Number when Code.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(Code.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var text) => text,
            _ => 0,
        };
        return code is >= 400 and < 600 ? code : null;
    }
}
