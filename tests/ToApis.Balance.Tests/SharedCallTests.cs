using System.Net;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>
/// Opt-in sharing: concurrent callers of one endpoint share one upstream call, and a freshness window serves a
/// recent result without a request. Errors are never kept; a caller's cancellation ends only its own wait.
/// </summary>
public abstract class SharedCallTests(ConstructionPath construction)
{
    [Fact]
    public async Task GetUserBalanceAsync_1000ConcurrentCallersWithSharing_CostOneRequest()
    {
        using var handler = new GatedHandler();
        using var client = Create(handler, o => o.ShareConcurrentCalls = true);

        var calls = Enumerable.Range(0, 1000).Select(_ => client.GetUserBalanceAsync()).ToArray();
        await Poll.UntilAsync(() => handler.Requests == 1, "the shared request");
        handler.Answer();
        var balances = await Task.WhenAll(calls).WaitAsync(Poll.DefaultLimit);

        Assert.All(balances, balance => Assert.Equal(Quota.Limited(100m), balance.Remaining));
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task GetUserBalanceAsync_ConcurrentCallersWithoutSharing_OneRequestEach()
    {
        using var handler = new GatedHandler();
        using var client = Create(handler);

        var calls = Enumerable.Range(0, 10).Select(_ => client.GetUserBalanceAsync()).ToArray();
        await Poll.UntilAsync(() => handler.Requests == 10, "one request per call");
        handler.Answer();
        await Task.WhenAll(calls).WaitAsync(Poll.DefaultLimit);

        Assert.Equal(10, handler.Requests);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_SharedCallOnEachEndpoint_EndpointsNotMixed()
    {
        using var handler = new GatedHandler();
        using var client = Create(handler, o => o.ShareConcurrentCalls = true);

        var token = client.GetTokenBalanceAsync();
        var user = client.GetUserBalanceAsync();
        await Poll.UntilAsync(() => handler.Requests == 2, "one request per endpoint");
        handler.Answer();
        await Task.WhenAll(token, user).WaitAsync(Poll.DefaultLimit);

        Assert.Equal(["/v1/balance", "/v1/user/balance"], handler.Paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetUserBalanceAsync_OneWaiterCanceled_EndsItsWaitAtOnceOthersGetTheSharedResult()
    {
        using var handler = new GatedHandler();
        using var client = Create(handler, o => o.ShareConcurrentCalls = true);
        using var cancel = new CancellationTokenSource();

        var leaving = client.GetUserBalanceAsync(cancel.Token);
        var staying = client.GetUserBalanceAsync();
        await Poll.UntilAsync(() => handler.Requests == 1, "the shared request");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving.WaitAsync(Poll.DefaultLimit));
        Assert.False(staying.IsCompleted);
        handler.Answer();
        var balance = await staying.WaitAsync(Poll.DefaultLimit);
        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(0, handler.Canceled);
    }

    [Fact]
    public async Task GetUserBalanceAsync_EveryWaiterCanceled_UpstreamCallCanceledAndTheNextCallStartsAnew()
    {
        using var handler = new GatedHandler();
        using var client = Create(handler, o => o.ShareConcurrentCalls = true);
        using var cancel = new CancellationTokenSource();

        var leaving = client.GetUserBalanceAsync(cancel.Token);
        await Poll.UntilAsync(() => handler.Requests == 1, "the shared request");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving.WaitAsync(Poll.DefaultLimit));
        await Poll.UntilAsync(() => handler.Canceled == 1, "the upstream call canceled");

        var next = client.GetUserBalanceAsync();
        await Poll.UntilAsync(() => handler.Requests == 2, "a new request");
        handler.Answer();
        Assert.Equal(Quota.Limited(100m), (await next.WaitAsync(Poll.DefaultLimit)).Remaining);
    }

    [Fact]
    public async Task GetUserBalanceAsync_SharedCallFailsWithFreshnessWindow_FailureNotKept()
    {
        using var handler = new GatedHandler(failFirst: true);
        using var client = Create(handler, o => o.MaxStaleness = TimeSpan.FromMinutes(5));
        handler.Answer();

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetUserBalanceAsync().WaitAsync(Poll.DefaultLimit));
        var balance = await client.GetUserBalanceAsync().WaitAsync(Poll.DefaultLimit);

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task GetUserBalanceAsync_WithinTheFreshnessWindow_ServedWithoutARequestWithItsFetchTime()
    {
        using var handler = new GatedHandler();
        var time = new RecordingTimeProvider();
        using var client = Create(handler, o => o.MaxStaleness = TimeSpan.FromMinutes(1), time);
        handler.Answer();

        var first = await client.GetUserBalanceAsync().WaitAsync(Poll.DefaultLimit);
        time.Advance(TimeSpan.FromSeconds(59));
        var second = await client.GetUserBalanceAsync().WaitAsync(Poll.DefaultLimit);

        Assert.Same(first, second);
        Assert.Equal(time.Start, second.FetchedAt);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task GetUserBalanceAsync_AfterTheFreshnessWindow_FetchedAgain()
    {
        using var handler = new GatedHandler();
        var time = new RecordingTimeProvider();
        using var client = Create(handler, o => o.MaxStaleness = TimeSpan.FromMinutes(1), time);
        handler.Answer();

        await client.GetUserBalanceAsync().WaitAsync(Poll.DefaultLimit);
        time.Advance(TimeSpan.FromMinutes(1));
        var second = await client.GetUserBalanceAsync().WaitAsync(Poll.DefaultLimit);

        Assert.Equal(time.Start + TimeSpan.FromMinutes(1), second.FetchedAt);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_NoSharing_FetchedAtIsTheClockAtTheAnswer()
    {
        using var handler = new GatedHandler();
        var time = new RecordingTimeProvider();
        time.Advance(TimeSpan.FromHours(3));
        using var client = Create(handler, configure: null, time);
        handler.Answer();

        var balance = await client.GetTokenBalanceAsync().WaitAsync(Poll.DefaultLimit);

        Assert.Equal(time.Start + TimeSpan.FromHours(3), balance.FetchedAt);
    }

    private TestClient Create(GatedHandler handler, Action<ToApisBalanceClientOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = TestServer.ApiKey, MaxRetryAttempts = 0 };
        configure?.Invoke(options);
        return TestClient.Create(construction, options, time, handler);
    }

    /// <summary>Holds every request until <see cref="Answer"/>; counts requests and the ones canceled while held.</summary>
    private sealed class GatedHandler(bool failFirst = false) : HttpMessageHandler
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> paths = new();
        private int requests;
        private int canceled;

        public int Requests => Volatile.Read(ref requests);

        public int Canceled => Volatile.Read(ref canceled);

        public IEnumerable<string> Paths => paths;

        public void Answer() => gate.TrySetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref requests);
            paths.Enqueue(request.RequestUri!.AbsolutePath);
            try
            {
                await gate.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref canceled);
                throw;
            }

            return failFirst && number == 1
                ? RecordingHandler.Json(HttpStatusCode.Unauthorized, Bodies.AuthenticationError)
                : RecordingHandler.Json(HttpStatusCode.OK, Bodies.Full);
        }
    }
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class SharedCallTestsWithConstructor() : SharedCallTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class SharedCallTestsWithDependencyInjection() : SharedCallTests(ConstructionPath.DependencyInjection);
