using System.Text.Encodings.Web;
using System.Text.Json;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Cli.Output;

/// <summary>
/// The JSON document (docs/cli.md lists its fields): snake_case names that do not change, figures as JSON
/// numbers (exact decimals), <c>null</c> for a figure the server did not report or that is unlimited (the
/// <c>unlimited</c> flag says which), never a sentinel such as <c>-1</c>.
/// </summary>
internal static class JsonOutput
{
    public static string Write(IReadOnlyList<(KeyReading Reading, Evaluation Evaluation)> results, PluginStatus overall, CliSettings settings, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("status", overall.Name().ToLowerInvariant());
            json.WriteNumber("exit_code", (int)overall);
            json.WriteString("scope", Figures.Scope(settings.Scope));
            json.WriteBoolean("sandbox", settings.SandboxScenario is not null);
            json.WriteStartArray("keys");
            foreach (var (reading, evaluation) in results)
            {
                WriteKey(json, reading, evaluation);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteKey(Utf8JsonWriter json, KeyReading reading, Evaluation evaluation)
    {
        json.WriteStartObject();
        json.WriteString("key", reading.Label);
        json.WriteString("status", evaluation.Status.Name().ToLowerInvariant());
        json.WriteString("summary", evaluation.Summary);
        if (reading.Error is { } error)
        {
            // The type and status are the SDK's (a program branches on them); the message is the tool's.
            var cause = error is ReadFailure failure ? failure.Cause : error;
            json.WriteStartObject("error");
            json.WriteString("type", cause.GetType().Name);
            json.WriteString("message", error.Message);
            if (cause is ToApisException { StatusCode: { } status })
            {
                json.WriteNumber("http_status", status);
            }
            else
            {
                json.WriteNull("http_status");
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("error");
        }

        if (reading.Token is { } token)
        {
            WriteBalance(json, "token", token);
        }

        if (reading.User is { } user)
        {
            WriteBalance(json, "user", user);
        }

        if (reading.Error is null)
        {
            json.WriteStartObject("effective");
            var figures = reading.Figures;
            WriteQuota(json, FigureNames.CreditsRemaining.Json, figures.Credits);
            WriteQuota(json, FigureNames.UsdRemaining.Json, figures.Usd);
            WriteNumber(json, FigureNames.PercentRemaining.Json, figures.PercentRemaining.Amount is { } percent ? Figures.Percent(percent) : null);
            json.WriteBoolean(FigureNames.Unlimited.Json, figures.Credits.IsUnlimited);
            json.WriteBoolean(FigureNames.Exhausted.Json, figures.IsExhausted);
            if (reading.LimitedBy is { } side)
            {
                json.WriteString("limited_by", Figures.Scope(side));
            }
            else
            {
                json.WriteNull("limited_by");
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteBalance(Utf8JsonWriter json, string name, BalanceSnapshot balance)
    {
        json.WriteStartObject(name);
        json.WriteBoolean(FigureNames.Unlimited.Json, balance.IsUnlimited);
        WriteQuota(json, FigureNames.Remaining.Json, balance.Remaining);
        WriteNumber(json, FigureNames.Used.Json, balance.Used);
        json.WriteString("unit", FigureNames.Unit(balance.Unit));
        WriteQuota(json, FigureNames.CreditsRemaining.Json, balance.RemainingCredits);
        WriteNumber(json, FigureNames.CreditsUsed.Json, balance.UsedCredits);
        WriteNumber(json, FigureNames.CreditsPerUsd.Json, balance.CreditsPerUsd);
        WriteQuota(json, FigureNames.UsdRemaining.Json, balance.RemainingUsd);
        WriteNumber(json, FigureNames.UsdUsed.Json, balance.UsedUsd);
        WriteNumber(json, FigureNames.PercentRemaining.Json, balance.PercentRemaining.Amount is { } percent ? Figures.Percent(percent) : null);
        json.WriteBoolean(FigureNames.Exhausted.Json, balance.IsExhausted);
        json.WriteString("fetched_at", balance.FetchedAt);
        json.WriteEndObject();
    }

    private static void WriteQuota(Utf8JsonWriter json, string name, Quota quota) => WriteNumber(json, name, quota.Amount);

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } amount)
        {
            json.WriteNumber(name, amount);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
