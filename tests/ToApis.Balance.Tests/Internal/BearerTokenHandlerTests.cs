using System.Net;
using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

public sealed class BearerTokenHandlerTests
{
    private const string Key = TestServer.ApiKey;

    [Fact]
    public async Task SendAsync_AnyRequest_AddsBearerKey()
    {
        using var recording = new RecordingHandler();
        using var invoker = new HttpMessageInvoker(new BearerTokenHandler(Key) { InnerHandler = recording });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://toapis.com/v1/balance");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal("Bearer " + Key, Assert.Single(recording.Requests).Authorization);
    }

    [Fact]
    public async Task SendAsync_RequestWithOtherAuthorization_ReplacesIt()
    {
        using var recording = new RecordingHandler();
        using var invoker = new HttpMessageInvoker(new BearerTokenHandler(Key) { InnerHandler = recording });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://toapis.com/v1/balance");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal("Bearer " + Key, Assert.Single(recording.Requests).Authorization);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Ctor_BlankKey_Throws(string key) =>
        Assert.Throws<ArgumentException>(() => new BearerTokenHandler(key));

    [Fact]
    public async Task Client_EveryRequestIncludingRetries_CarriesBearerKey()
    {
        using var recording = new RecordingHandler(
            () => RecordingHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"),
            () => RecordingHandler.Json(HttpStatusCode.OK, Bodies.Full));
        using var client = new ToApisBalanceClient(Options(), recording);

        await client.GetTokenBalanceAsync();
        await client.GetUserBalanceAsync();

        Assert.Equal(3, recording.Requests.Count);
        Assert.All(recording.Requests, r => Assert.Equal("Bearer " + Key, r.Authorization));
        Assert.Equal(
            ["/v1/balance", "/v1/balance", "/v1/user/balance"],
            recording.Requests.Select(r => r.RequestUri!.AbsolutePath));
    }

    [Fact]
    public async Task Dispose_ClientOverCallersHandler_LeavesHandlerUsable()
    {
        using var recording = new RecordingHandler();
        var client = new ToApisBalanceClient(Options(), recording);
        await client.GetTokenBalanceAsync();

        client.Dispose();

        Assert.False(recording.IsDisposed);
        using var invoker = new HttpMessageInvoker(recording, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://toapis.com/v1/balance");
        using var response = await invoker.SendAsync(request, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static ToApisBalanceClientOptions Options() => new()
    {
        ApiKey = Key,
        BaseAddress = new Uri("https://toapis.com"),
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    };
}
