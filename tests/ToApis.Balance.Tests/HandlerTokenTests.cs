using System.Net;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>
/// A handler under the SDK may keep the cancellation token of a request it answered (to finish work of its own):
/// no later call of the client cancels it. The SDK never reuses an attempt's token source.
/// </summary>
public sealed class HandlerTokenTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_HandlerKeepsAnAnsweredRequestsToken_ALaterCallsTimeoutDoesNotCancelIt()
    {
        using var handler = new TokenKeepingHandler();
        using var client = new ToApisBalanceClient(
            new ToApisBalanceClientOptions
            {
                ApiKey = TestServer.ApiKey,
                MaxRetryAttempts = 0,
                AttemptTimeout = TimeSpan.FromMilliseconds(200),
            },
            handler);

        await client.GetTokenBalanceAsync();
        var kept = handler.Tokens.Single();
        handler.Stall = true;
        await Assert.ThrowsAsync<ToApisTimeoutException>(() => client.GetTokenBalanceAsync());

        Assert.True(handler.Tokens[1].IsCancellationRequested);
        Assert.False(kept.IsCancellationRequested);
    }

    /// <summary>Answers at once, or, once told to stall, when the request's token is canceled; keeps every token.</summary>
    private sealed class TokenKeepingHandler : HttpMessageHandler
    {
        public List<CancellationToken> Tokens { get; } = [];

        public bool Stall { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Tokens.Add(cancellationToken);
            if (Stall)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return RecordingHandler.Json(HttpStatusCode.OK, Bodies.Full);
        }
    }
}
