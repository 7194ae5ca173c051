using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>
/// The OpenAI-style error object. Its <c>code</c> arrives as a number, a string, or an empty string; what code and
/// type stand for is decided by <see cref="ResponseClassifier"/>.
/// </summary>
internal sealed class ErrorBody
{
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("code")]
    public JsonElement Code { get; set; }
}
