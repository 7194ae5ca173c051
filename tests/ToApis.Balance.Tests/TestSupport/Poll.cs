namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// Bounded real-time waits for something another thread does (a request reaching the server log); the bound
/// is generous, so a loaded machine only makes a test slower, never red. Never a
/// stand-in for a backoff: the backoff itself runs on a fake clock.
/// </summary>
internal static class Poll
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(15);

    /// <summary>Waits until <paramref name="condition"/> holds, and fails the test when it does not within the limit.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? limit = null)
    {
        if (!await TryUntilAsync(condition, limit ?? DefaultLimit))
        {
            Assert.Fail($"Timed out waiting for: {what}.");
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the limit passes; says which.</summary>
    public static async Task<bool> TryUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
