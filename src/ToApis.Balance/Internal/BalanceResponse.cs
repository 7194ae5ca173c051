using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>
/// Every body the balance endpoints are known to send, success and failure alike: the success fields, the
/// business failure (<c>success: false</c> with <c>message</c>) and the OpenAI-style <c>error</c> object.
/// </summary>
internal sealed class BalanceResponse
{
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

    public bool HasBalanceField =>
        RemainBalance is not null || UsedBalance is not null || RemainCredits is not null
        || UsedCredits is not null || CreditsPerUsd is not null || UnlimitedQuota is not null;
}
