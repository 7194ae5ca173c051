namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Runs one case through the public API only, bounded by <see cref="FuzzSettings.CaseTimeout"/>.</summary>
internal static class FuzzCall
{
    public static readonly Uri BaseAddress = new("https://toapis.test");

    /// <summary>One attempt, no retries: the outcome of the single response.</summary>
    public static Task<FuzzOutcome> RunAsync(FuzzCase fuzzCase) => RunAsync(fuzzCase, static _ => { });

    /// <summary>With retries on, but waits of a few milliseconds: backoff and honoured Retry-After stay cheap.</summary>
    public static Task<FuzzOutcome> RunWithRetriesAsync(FuzzCase fuzzCase) => RunAsync(fuzzCase, static options =>
    {
        options.MaxRetryAttempts = 2;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.MaxRetryAfter = TimeSpan.FromMilliseconds(5);
    });

    private static async Task<FuzzOutcome> RunAsync(FuzzCase fuzzCase, Action<ToApisBalanceClientOptions> configure)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = fuzzCase.ApiKey, BaseAddress = BaseAddress, MaxRetryAttempts = 0 };
        configure(options);
        using var handler = new FuzzHandler(fuzzCase);
        using var client = new ToApisBalanceClient(options, handler);
        var call = fuzzCase.UserEndpoint ? AsSnapshot(client.GetUserBalanceAsync()) : AsSnapshot(client.GetTokenBalanceAsync());
        try
        {
            return new FuzzOutcome(await call.WaitAsync(FuzzSettings.CaseTimeout), null);
        }
        catch (TimeoutException) when (!call.IsCompleted)
        {
            throw new TimeoutException($"The call did not end within {FuzzSettings.CaseTimeout.TotalSeconds} s (a hang).");
        }
#pragma warning disable CA1031 // Every exception is an outcome here: the properties judge its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new FuzzOutcome(null, e);
        }
    }

    private static async Task<BalanceSnapshot> AsSnapshot<T>(Task<T> call)
        where T : BalanceSnapshot => await call;
}
