using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Statuses 100-599 (weighted to the ones that matter), headers (Retry-After in every form, content types, redirects) and whole cases.</summary>
internal static class ResponseGen
{
    public static readonly int[] Interesting = [200, 201, 204, 299, 301, 302, 307, 400, 401, 402, 403, 404, 408, 418, 429, 500, 501, 502, 503, 504, 505, 520, 524, 525];

    public static readonly Gen<int> Status = Gen.Frequency((3, Gen.Int[100, 599]), (3, Gen.OneOf(Interesting)));

    public static readonly Gen<int> Success = Gen.Frequency((6, Gen.Const(200)), (1, Gen.Int[200, 299]));

    public static readonly Gen<string> RetryAfter = Gen.OneOf(
        "0", "1", "5", "120", "3600", "2147483647", "2147483648", "99999999999999999999", "-5", "1.5", "soon", "",
        "Thu, 01 Jan 1970 00:00:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "Wed, 01 Jan 2200 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Fri, 32 Dec 9999 25:61:61 GMT");

    public static readonly Gen<KeyValuePair<string, string>> Header = Gen.Frequency(
        (4, RetryAfter.Select(v => KeyValuePair.Create("Retry-After", v))),
        (2, Gen.OneOf("application/json", "application/json; charset=utf-8", "text/html", "text/plain; charset=iso-8859-1", "garbage", "")
            .Select(v => KeyValuePair.Create("Content-Type", v))),
        (1, Gen.OneOf("/v1/balance", "https://toapis.test/v1/balance", "https://other.test/v1/balance", "//other.test/x", ":::")
            .Select(v => KeyValuePair.Create("Location", v))),
        (1, Gen.OneOf("abc123", "req-1").Select(v => KeyValuePair.Create("X-Request-Id", v))));

    public static readonly Gen<KeyValuePair<string, string>[]> Headers = Header.Array[0, 3];

    /// <summary>Headers without a redirect target, for properties about what a failure reports.</summary>
    public static readonly Gen<KeyValuePair<string, string>[]> HeadersWithoutLocation = Header.Where(h => h.Key != "Location").Array[0, 3];

    public static Gen<FuzzCase> Cases(Gen<int> status, Gen<KeyValuePair<string, string>[]> headers, Gen<byte[]> body) =>
        Gen.Select(status, headers, body, Gen.Bool, (s, h, b, user) => FuzzCase.OnTheWire(s, h, b, user, FuzzCase.DefaultApiKey));
}
