using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

using var http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("TOAPIS_BASE_URL") ?? "http://127.0.0.1:5000") };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("TOAPIS_API_KEY") ?? "sk-sandbox");
var balance = await http.GetFromJsonAsync("/v1/user/balance", FloorJson.Default.FloorBalance);
Console.WriteLine($"remaining {balance!.RemainBalance}, credits {balance.RemainCredits}");

/// <summary>The fields a hand-written client reads.</summary>
internal sealed record FloorBalance(
    [property: JsonPropertyName("remain_balance")] decimal? RemainBalance,
    [property: JsonPropertyName("remain_credits")] decimal? RemainCredits);

/// <summary>Source-generated metadata, as a careful hand-written client would use.</summary>
[JsonSerializable(typeof(FloorBalance))]
internal sealed partial class FloorJson : JsonSerializerContext;
