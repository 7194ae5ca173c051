using System.Text.Json;

namespace ToApis.Balance.Cli.Tests;

/// <summary>The fields of each key in the JSON document, for a read that worked and one that failed.</summary>
public sealed class JsonOutputTests
{
    [Fact]
    public async Task Json_EachKey_CarriesItsLabelStatusAndWhichSideLimits()
    {
        var key = await KeyAsync("--sandbox", "low", "-w", "2000");

        Assert.Equal("key 1", key.GetProperty("key").GetString());
        Assert.Equal("warning", key.GetProperty("status").GetString());
        Assert.Equal("both", key.GetProperty("effective").GetProperty("limited_by").GetString());
    }

    [Fact]
    public async Task Json_OneScope_LimitedByIsNull()
    {
        var key = await KeyAsync("--sandbox", "--scope", "token");

        Assert.Equal(JsonValueKind.Null, key.GetProperty("effective").GetProperty("limited_by").ValueKind);
    }

    [Fact]
    public async Task Json_EachBalance_CarriesItsPercentExhaustedFlagAndReadTime()
    {
        var token = (await KeyAsync("--sandbox", "overdrawn", "--scope", "token")).GetProperty("token");

        Assert.True(token.GetProperty("exhausted").GetBoolean());
        Assert.Equal(JsonValueKind.Number, token.GetProperty("remaining_percent").ValueKind);
        Assert.True(token.GetProperty("fetched_at").TryGetDateTimeOffset(out _));
    }

    [Fact]
    public async Task Json_Failure_CarriesTheToolsMessage()
    {
        var key = await KeyAsync("--sandbox", "unauthorized");

        Assert.StartsWith("could not read the balance: ", key.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(key.GetProperty("summary").GetString(), "could not read the balance: " + key.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Json_FailureWithoutAnHttpResponse_HttpStatusIsNull()
    {
        var result = await CliRun.RunAsync(["--base-url", ClosedPort.Url(), "--timeout", "5s", "--format", "json"], variables: CliRun.WithKey());

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("keys")[0].GetProperty("error").GetProperty("http_status").ValueKind);
    }

    private static async Task<JsonElement> KeyAsync(params string[] args)
    {
        var result = await CliRun.RunAsync([.. args, "--format", "json"]);
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("keys")[0].Clone();
    }
}
