using System.Net;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary><c>GetBalancesAsync</c>: both endpoints at once, the first failure ends the call.</summary>
public abstract class BothBalancesTests(ConstructionPath construction)
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task GetBalancesAsync_BothAnswer_ReturnsTheKeysAndTheAccountsBalance()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, Bodies.Unlimited);
        server.Respond(TestServer.UserPath, 200, Bodies.Full);
        using var client = server.CreateClient();

        var balances = await client.GetBalancesAsync();

        Assert.True(balances.Token.IsUnlimited);
        Assert.Equal(Quota.Limited(100m), balances.User.Remaining);
        Assert.Equal(Quota.Limited(20000m), balances.EffectiveRemainingCredits);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
        Assert.Equal(1, server.CountRequests(TestServer.UserPath));
    }

    [Fact]
    public async Task GetBalancesAsync_SendsBothRequestsBeforeEitherAnswers()
    {
        using var handler = new BarrierHandler(answerAfter: 2);
        using var client = TestClient.Create(construction, Options(), primary: handler);

        var balances = await client.GetBalancesAsync().WaitAsync(Promptly);

        Assert.Equal(Quota.Limited(100m), balances.Token.Remaining);
        Assert.Equal(Quota.Limited(100m), balances.User.Remaining);
    }

    [Fact]
    public async Task GetBalancesAsync_KeyCallFails_ThrowsItsErrorAndCancelsTheAccountCall()
    {
        using var handler = new BarrierHandler(answerAfter: int.MaxValue) { FailPath = TestServer.TokenPath, FailStatus = HttpStatusCode.Unauthorized };
        using var client = TestClient.Create(construction, Options(), primary: handler);

        var error = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetBalancesAsync().WaitAsync(Promptly));

        Assert.Equal(401, error.StatusCode);
        await handler.Canceled(TestServer.UserPath).WaitAsync(Promptly);
    }

    [Fact]
    public async Task GetBalancesAsync_AccountCallFails_ThrowsItsErrorAndCancelsTheKeyCall()
    {
        using var handler = new BarrierHandler(answerAfter: int.MaxValue) { FailPath = TestServer.UserPath, FailStatus = HttpStatusCode.PaymentRequired };
        using var client = TestClient.Create(construction, Options(), primary: handler);

        await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => client.GetBalancesAsync().WaitAsync(Promptly));

        await handler.Canceled(TestServer.TokenPath).WaitAsync(Promptly);
    }

    [Fact]
    public async Task GetBalancesAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var handler = new BarrierHandler(answerAfter: int.MaxValue);
        using var client = TestClient.Create(construction, Options(), primary: handler);
        using var cts = new CancellationTokenSource();

        var call = client.GetBalancesAsync(cts.Token);
        await handler.Arrived(2).WaitAsync(Promptly);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Promptly));
    }

    private static ToApisBalanceClientOptions Options() => new()
    {
        ApiKey = TestServer.ApiKey,
        BaseAddress = new Uri("https://balance.test"),
        MaxRetryAttempts = 0,
        AttemptTimeout = TimeSpan.FromHours(1),
        TotalTimeout = TimeSpan.FromHours(2),
    };

    /// <summary>
    /// Answers once <c>answerAfter</c> requests have arrived (so a client that sends one at a time never gets an
    /// answer), except <see cref="FailPath"/>, which fails at once. Records which requests were canceled.
    /// </summary>
    private sealed class BarrierHandler(int answerAfter) : HttpMessageHandler
    {
        private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Dictionary<string, TaskCompletionSource> canceled = new()
        {
            [TestServer.TokenPath] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            [TestServer.UserPath] = new(TaskCreationOptions.RunContinuationsAsynchronously),
        };

        private readonly TaskCompletionSource[] arrivals = [new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)];
        private int arrived;

        public string? FailPath { get; init; }

        public HttpStatusCode FailStatus { get; init; }

        public Task Canceled(string path) => canceled[path].Task;

        public Task Arrived(int count) => arrivals[count - 1].Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var count = Interlocked.Increment(ref arrived);
            arrivals[Math.Min(count, arrivals.Length) - 1].TrySetResult();
            if (path == FailPath)
            {
                return Answer(request, FailStatus, """{"success": false, "message": "no"}""");
            }

            if (count >= answerAfter)
            {
                all.TrySetResult();
            }

            try
            {
                await all.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                canceled[path].TrySetResult();
                throw;
            }

            return Answer(request, HttpStatusCode.OK, Bodies.Full);
        }

        private static HttpResponseMessage Answer(HttpRequestMessage request, HttpStatusCode status, string body)
        {
            var response = RecordingHandler.Json(status, body);
            response.RequestMessage = request;
            return response;
        }
    }
}

public sealed class BothBalancesTestsWithConstructor() : BothBalancesTests(ConstructionPath.Constructor);

public sealed class BothBalancesTestsWithDependencyInjection() : BothBalancesTests(ConstructionPath.DependencyInjection);
