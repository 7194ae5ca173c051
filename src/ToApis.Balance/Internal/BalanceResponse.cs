using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>
/// Every body the balance endpoints are known to send, success and failure alike: the success fields, the
/// business failure (<c>success: false</c> with <c>message</c>) and the OpenAI-style <c>error</c> object.
/// </summary>
internal sealed class BalanceResponse : IJsonOnDeserialized
{
    public const string NoBalanceFields = "The JSON has none of the balance fields.";

    [JsonPropertyName("success")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Success { get; set; }

    [JsonPropertyName("remain_balance")]
    public decimal? RemainBalance { get; set; }

    [JsonPropertyName("used_balance")]
    public decimal? UsedBalance { get; set; }

    [JsonPropertyName("remain_credits")]
    public decimal? RemainCredits { get; set; }

    [JsonPropertyName("used_credits")]
    public decimal? UsedCredits { get; set; }

    [JsonPropertyName("credits_per_usd")]
    public decimal? CreditsPerUsd { get; set; }

    [JsonPropertyName("unlimited_quota")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? UnlimitedQuota { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("error")]
    public ErrorBody? Error { get; set; }

    /// <summary>
    /// JSON with none of the known fields (<c>{}</c>, another API's object) is not a balance. Failing here turns
    /// it into Refit's deserialization error, which still knows the status and the body.
    /// </summary>
    public void OnDeserialized()
    {
        if (Success is null && Error is null && Message is null && !HasBalanceField)
        {
            throw new JsonException(NoBalanceFields);
        }
    }

    public bool HasBalanceField =>
        RemainBalance is not null || UsedBalance is not null || RemainCredits is not null
        || UsedCredits is not null || CreditsPerUsd is not null || UnlimitedQuota is not null;
}
