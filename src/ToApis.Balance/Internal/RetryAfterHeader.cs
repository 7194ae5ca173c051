namespace ToApis.Balance.Internal;

/// <summary>Reads <c>Retry-After</c> in either of its forms: delta seconds or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Get(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is TimeSpan delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is DateTimeOffset date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
