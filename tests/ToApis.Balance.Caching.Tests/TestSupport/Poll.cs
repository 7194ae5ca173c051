namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>Waits for a condition by polling, bounded: never a fixed sleep standing in for "long enough".</summary>
internal static class Poll
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        var deadline = DateTimeOffset.UtcNow + (limit ?? Limit);
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("Gave up waiting for " + what + ".");
            }

            await Task.Delay(10);
        }
    }
}
