using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>
/// One call through a client of its own, with the checks every fault test shares: no connection before, the
/// outcome, and no connection the client still holds after the call and after it is disposed.
/// </summary>
internal static class FaultCall
{
    /// <summary>Only so that a hang fails the test instead of stalling the run; every call ends by its TotalTimeout, long before.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A single attempt, with timeouts no fault here should ever meet: a cold first call on a busy machine can
    /// take longer than a short timeout, which would turn the fault under test into a timeout. Tests of a
    /// timeout set <see cref="ShortTimeouts"/>.
    /// </summary>
    public static ToApisBalanceClientOptions Options(Uri baseAddress, Action<ToApisBalanceClientOptions>? configure = null)
    {
        var options = new ToApisBalanceClientOptions
        {
            ApiKey = TestServer.ApiKey,
            BaseAddress = baseAddress,
            MaxRetryAttempts = 0,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            AttemptTimeout = TimeSpan.FromSeconds(5),
            TotalTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>For the faults that must end in a timeout: they wait this long, so it is short.</summary>
    public static void ShortTimeouts(ToApisBalanceClientOptions options)
    {
        options.AttemptTimeout = TimeSpan.FromMilliseconds(400);
        options.TotalTimeout = TimeSpan.FromSeconds(2);
    }

    /// <summary>
    /// The call must fail with exactly <typeparamref name="TException"/>. After it, no connection that carried a
    /// request may still be held; after disposal, none at all. (A connection whose connect outlived the attempt,
    /// on a busy machine, carried nothing: SocketsHttpHandler keeps it in its pool, idle, until disposal.)
    /// </summary>
    public static Task<TException> FailsAsync<TException>(ScriptedServer server, ToApisBalanceClientOptions options)
        where TException : Exception =>
        FailsAsync<TException>(server.Port, options, server.SawRequestFrom);

    /// <summary>The call to a port without a server must fail with exactly <typeparamref name="TException"/> and hold no connection.</summary>
    public static Task<TException> FailsAsync<TException>(int port, ToApisBalanceClientOptions options)
        where TException : Exception =>
        FailsAsync<TException>(port, options, carriedRequest: null);

    /// <summary>The call must succeed and, once the client is disposed, leave no connection held.</summary>
    public static async Task<TokenBalance> SucceedsAsync(ScriptedServer server, ToApisBalanceClientOptions options)
    {
        await TcpConnections.AssertReleasedAsync(server.Port, "before the call");
        TokenBalance balance;
        using (var client = new ToApisBalanceClient(options))
        {
            balance = await client.GetTokenBalanceAsync().WaitAsync(HangGuard);
        }

        await TcpConnections.AssertReleasedAsync(server.Port, "after the client was disposed");
        return balance;
    }

    private static async Task<TException> FailsAsync<TException>(int port, ToApisBalanceClientOptions options, Func<int, bool>? carriedRequest)
        where TException : Exception
    {
        await TcpConnections.AssertReleasedAsync(port, "before the call");
        TException exception;
        using (var client = new ToApisBalanceClient(options))
        {
            exception = await Assert.ThrowsAsync<TException>(() => client.GetTokenBalanceAsync().WaitAsync(HangGuard));
            await TcpConnections.AssertReleasedAsync(port, "after the failed call", carriedRequest);
        }

        await TcpConnections.AssertReleasedAsync(port, "after the client was disposed");
        return exception;
    }
}
