namespace ToApis.Balance.Monitoring.Internal;

/// <summary>When the next poll happens: the interval with jitter, longer after failures that repeating soon cannot fix.</summary>
internal static class PollSchedule
{
    /// <summary>The wait before the next poll.</summary>
    /// <param name="interval">The configured interval.</param>
    /// <param name="jitter">The jitter, as a fraction of the wait.</param>
    /// <param name="random">A random number in [0, 1).</param>
    /// <param name="failure">The latest poll's failure, or <see langword="null"/> after a success.</param>
    /// <param name="repeats">How many polls in a row before this one failed in the same way.</param>
    public static TimeSpan Next(TimeSpan interval, double jitter, double random, Exception? failure, int repeats)
    {
        var wait = failure switch
        {
            // The key was refused: asking again every interval only fills the server's logs; back off until someone fixes it.
            ToApisAuthenticationException => Backoff(interval, repeats),

            // Rate limited: the server's own wait if it gave one (never shorter than the interval), else back off.
            ToApisRateLimitException { RetryAfter: { } retryAfter } => retryAfter > interval ? Min(retryAfter, MonitorDefaults.MaxInterval) : interval,
            ToApisRateLimitException => Backoff(interval, repeats),
            _ => interval,
        };

        // Jitter spreads a fleet's polls; after a Retry-After it only lengthens the wait, never polls before the server said.
        var spread = failure is ToApisRateLimitException { RetryAfter: not null } ? jitter * random : jitter * ((2 * random) - 1);
        return wait * (1 + spread);
    }

    /// <summary>The wait before the first poll: from zero up to <paramref name="firstPollJitter"/>, never longer.</summary>
    /// <param name="firstPollJitter">The configured longest wait.</param>
    /// <param name="random">A random number in [0, 1).</param>
    public static TimeSpan First(TimeSpan firstPollJitter, double random) => firstPollJitter * Math.Clamp(random, 0, 1);

    /// <summary>Twice the interval after a first failure, doubled for each repeat, up to an hour (or the interval, if longer).</summary>
    private static TimeSpan Backoff(TimeSpan interval, int repeats)
    {
        var cap = interval > MonitorDefaults.MaxBackoff ? interval : MonitorDefaults.MaxBackoff;
        var factor = Math.Pow(2, Math.Min(repeats + 1, 20));
        return interval * factor > cap ? cap : interval * factor;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
