namespace ToApis.Balance.Internal;

/// <summary>
/// The one list of statuses worth another attempt. It decides both the retry and the exception type: a
/// transient status is retried and, when retries run out, reported as a rate limit (429) or a server failure.
/// </summary>
internal static class TransientStatus
{
    /// <summary>
    /// 408 (request timeout), 429 (too many requests), 500, 502, 503, 504, and 520 to 524 (the origin errors a
    /// CDN in front of the server reports). Not 501 or 505, which no retry will change.
    /// </summary>
    public static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504 or (>= 520 and <= 524);
}
