using System.Globalization;
using System.Text;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// One generated exchange: what the fake server answers (status, headers, raw body bytes), which endpoint the
/// client calls and with which key. Its text is what a failing case prints next to its seed.
/// </summary>
internal sealed record FuzzCase(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, bool UserEndpoint, string ApiKey)
{
    public const string DefaultApiKey = "sk-fuzz0123456789abcdefABCDEF";

    private const int ShownBytes = 600;

    public static FuzzCase Ok(byte[] body) => new(200, [], body, UserEndpoint: false, DefaultApiKey);

    /// <summary>
    /// A case as the wire delivers it: a 1xx, 204, 205 or 304 response has no body over HTTP, so none is generated
    /// for them (an in-process handler could hand one over, which no server can).
    /// </summary>
    public static FuzzCase OnTheWire(int status, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, bool userEndpoint, string apiKey) =>
        new(status, headers, status is < 200 or 204 or 205 or 304 ? [] : body, userEndpoint, apiKey);

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).LastOrDefault();

    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP {Status} on {(UserEndpoint ? "GetUserBalanceAsync" : "GetTokenBalanceAsync")}, key {ApiKey}");
        foreach (var (name, value) in Headers)
        {
            text.Append(CultureInfo.InvariantCulture, $", {name}: {value}");
        }

        text.Append(CultureInfo.InvariantCulture, $", body ({Body.Length} bytes): ");
        return text.Append(Show(Body)).ToString();
    }

    /// <summary>The body as a C#-like literal: valid UTF-8 as text, every other byte as \xNN, long bodies cut.</summary>
    public static string Show(byte[] body)
    {
        var shown = body.AsSpan(0, Math.Min(body.Length, ShownBytes));
        var text = new StringBuilder("\"");
        var at = 0;
        while (at < shown.Length)
        {
            if (Rune.DecodeFromUtf8(shown[at..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.Value switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    < 0x20 or 0x7f => string.Create(CultureInfo.InvariantCulture, $"\\x{rune.Value:X2}"),
                    _ => rune.ToString(),
                });
                at += consumed;
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{shown[at]:X2}");
                at++;
            }
        }

        text.Append('"');
        return body.Length > ShownBytes ? text.Append(CultureInfo.InvariantCulture, $"… ({body.Length - ShownBytes} more bytes)").ToString() : text.ToString();
    }
}
