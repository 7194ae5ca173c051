using System.Text;
using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// A random key (<c>sk-</c> and 20-48 letters and digits) and responses that echo it: whole, without <c>sk-</c>,
/// as <c>sk-&lt;key&gt;-&lt;digits&gt;</c>, as a JSON property name, inside message, type, code, request id, HTML and headers.
/// </summary>
internal static class SecretGen
{
    private const string Alphanumerics = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static readonly Gen<string> Key = Gen.Char[Alphanumerics].Array[20, 48].Select(c => "sk-" + new string(c));

    /// <summary>The text a template puts where the key goes.</summary>
    private static readonly Gen<Func<string, string>> Echo = Gen.OneOf(
        Gen.Const<Func<string, string>>(key => key),
        Gen.Const<Func<string, string>>(key => key[3..]),
        Gen.Int[0, 99999].Select<int, Func<string, string>>(channel => key => $"{key}-{channel}"),
        Gen.Const<Func<string, string>>(key => $"Bearer {key}"),
        Gen.Const<Func<string, string>>(key => $"Bearer {key[3..]}"));

    private static readonly string[] Templates =
    [
        """{"error": {"message": "Invalid token E", "type": "authentication_error", "code": 401}}""",
        """{"error": {"message": "no (request id: E)", "type": "E", "code": "E"}}""",
        """{"error": {"message": "Invalid token (request id: E)", "type": "new_api_error", "code": ""}}""",
        """{"success": false, "message": "E"}""",
        """{"success": false, "message": "Failed to get used quota for E"}""",
        """{"message": "key E is disabled"}""",
        """{"E": 1, "remain_balance": 1e40}""",
        """{"remain_balance": 1, "E": tru}""",
        """{"E": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""",
        """{"E": {"x": NaN}, "remain_balance": 2}""",
        """{"success": true, "remain_balance": "E"}""",
        """{"success": true, "E": {"remain_balance": 1}, "used_balance": "x"}""",
        """{"success": "E"}""",
        """{"error": "E"}""",
        """{"error": {"E": 1}, "message": 5}""",
        "<html><body>Your key E is not allowed</body></html>",
        "Unauthorized: E",
        """{"success": true, "remain_balance": 1, "E": 2}""",
    ];

    public static readonly Gen<FuzzCase> Cases = Gen.Select(
        Key,
        Echo,
        Gen.OneOf(Templates),
        Gen.OneOf(200, 201, 401, 402, 403, 404, 418, 429, 500, 502, 503),
        Gen.Bool,
        Gen.Int[0, 3],
        (key, echo, template, status, user, header) =>
        {
            var echoed = echo(key);
            var inJson = template.StartsWith('{');
            var body = Encoding.UTF8.GetBytes(template.Replace("E", inJson ? Escape(echoed) : echoed, StringComparison.Ordinal));
            KeyValuePair<string, string>[] headers = header switch
            {
                0 => [],
                1 => [KeyValuePair.Create("X-Request-Id", echoed)],
                2 => [KeyValuePair.Create("WWW-Authenticate", $"Bearer realm=\"{echoed}\"")],
                _ => [KeyValuePair.Create("Retry-After", echoed)],
            };
            return FuzzCase.OnTheWire(status, headers, body, user, key);
        });

    private static string Escape(string text) => JsonGen.Quote(text)[1..^1];
}
