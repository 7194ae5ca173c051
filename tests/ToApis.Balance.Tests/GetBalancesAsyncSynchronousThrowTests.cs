namespace ToApis.Balance.Tests;

/// <summary>
/// <c>GetBalancesAsync</c> over an implementation whose account call throws before returning a task (not a faulted
/// task): the exception reaches the caller and the key's call, already started, is canceled.
/// </summary>
public sealed class GetBalancesAsyncSynchronousThrowTests
{
    [Fact]
    public async Task GetBalancesAsync_AccountCallThrowsAtOnce_ThrowsItAndCancelsTheKeyCall()
    {
        var client = new ThrowingAccountClient();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ((IToApisBalanceClient)client).GetBalancesAsync());

        Assert.Equal("account call refused", thrown.Message);
        Assert.True(client.KeyCallToken.IsCancellationRequested);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.KeyCall!);
    }

    [Fact]
    public async Task GetBalancesAsync_KeyCallFailsFirst_AccountCallCanceledAndKeyErrorThrown()
    {
        var client = new FailingKeyClient();

        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => ((IToApisBalanceClient)client).GetBalancesAsync());

        Assert.Equal("key call failed", thrown.Message);
        Assert.True(client.AccountCallToken.IsCancellationRequested);
    }

    private sealed class ThrowingAccountClient : IToApisBalanceClient
    {
        public CancellationToken KeyCallToken { get; private set; }

        public Task<TokenBalance>? KeyCall { get; private set; }

        public Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default)
        {
            KeyCallToken = cancellationToken;
            KeyCall = Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ContinueWith(_ => new TokenBalance(), cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
            return KeyCall;
        }

        public Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("account call refused");
    }

    private sealed class FailingKeyClient : IToApisBalanceClient
    {
        public CancellationToken AccountCallToken { get; private set; }

        public Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default) =>
            Task.FromException<TokenBalance>(new TimeoutException("key call failed"));

        public Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default)
        {
            AccountCallToken = cancellationToken;
            return new TaskCompletionSource<UserBalance>().Task;
        }
    }
}
