using System.Net.Http.Headers;
namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// A failure carries the Retry-After the server sent: a delta exactly, a date as its distance from the moment the
/// response arrived (so between the distances measured before and after the call), never below zero.
/// </summary>
internal static class RetryAfterAssert
{
    public static void Reported(FuzzCase fuzzCase, ToApisException error, DateTimeOffset before, DateTimeOffset after)
    {
        var header = fuzzCase.Header("Retry-After");
        if (header is null || !RetryConditionHeaderValue.TryParse(header, out var sent))
        {
            return;
        }

        if (sent.Delta is TimeSpan delta)
        {
            if (error.RetryAfter != delta)
            {
                throw new FuzzMismatch($"RetryAfter {(error.RetryAfter is null ? "missing" : "wrong")} on {error.GetType().Name}", $"Expected RetryAfter {delta} (Retry-After: {header}), got {Show(error.RetryAfter)} on {error.GetType().Name}");
            }

            return;
        }

        var date = sent.Date!.Value;
        var longest = Max(date - before);
        var shortest = Max(date - after);
        if (error.RetryAfter is not TimeSpan wait || wait < shortest || wait > longest)
        {
            throw new FuzzMismatch($"RetryAfter {(error.RetryAfter is null ? "missing" : "wrong")} on {error.GetType().Name}", $"Expected RetryAfter between {shortest} and {longest} (Retry-After: {header}), got {Show(error.RetryAfter)} on {error.GetType().Name}");
        }
    }

    private static TimeSpan Max(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;

    private static string Show(TimeSpan? wait) => wait?.ToString() ?? "null";
}
