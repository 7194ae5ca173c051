using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>The OpenAI-style error object. Its <c>code</c> arrives as a number or a string and is not needed.</summary>
internal sealed class ErrorBody
{
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
