using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

public sealed class ToApisBalanceClientConstructionTests
{
    private const string Prefix = "Invalid ToApisBalanceClientOptions: ";
    private const string Suffix = " (Parameter 'options')";
    private const string ValidKey = "sk-construction0123456789";

    [Fact]
    public void Ctor_NullApiKey_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ToApisBalanceClient((string)null!));

        Assert.Equal("apiKey", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Ctor_BlankApiKey_ThrowsArgumentException(string apiKey)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(apiKey));

        Assert.Equal("apiKey", exception.ParamName);
    }

    [Fact]
    public void Ctor_NullOptions_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ToApisBalanceClient((ToApisBalanceClientOptions)null!));

        Assert.Equal("options", exception.ParamName);
    }

    [Fact]
    public void Ctor_NullOptionsWithHandler_ThrowsArgumentNullException()
    {
        using var handler = RecordingHandler.Answering(Bodies.Full);

        var exception = Assert.Throws<ArgumentNullException>(() => new ToApisBalanceClient(null!, handler));

        Assert.Equal("options", exception.ParamName);
    }

    [Fact]
    public void Ctor_NullHandler_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ToApisBalanceClient(Valid(), null!));

        Assert.Equal("handler", exception.ParamName);
    }

    [Fact]
    public void Ctor_RelativeBaseAddress_ThrowsArgumentExceptionSayingWhatToSet()
    {
        var options = Valid(o => o.BaseAddress = new Uri("toapis.com", UriKind.Relative));

        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(options));

        Assert.Equal("options", exception.ParamName);
        Assert.Equal(
            Prefix + "BaseAddress must be an absolute http(s) address such as https://toapis.com; it is 'toapis.com'." + Suffix,
            exception.Message);
    }

    [Fact]
    public void Ctor_HttpOnNetworkHost_ThrowsArgumentExceptionAskingForHttps()
    {
        var options = Valid(o => o.BaseAddress = new Uri("http://toapis.com/v1"));

        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(options));

        Assert.Equal(
            Prefix + "BaseAddress must use https (plain http is allowed for loopback only, so the API key never crosses a network in clear text); it is 'http://toapis.com'." + Suffix,
            exception.Message);
    }

    [Fact]
    public void Ctor_NegativeAttemptTimeout_ThrowsArgumentExceptionSayingTheRange()
    {
        var options = Valid(o => o.AttemptTimeout = TimeSpan.FromSeconds(-5));

        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(options));

        Assert.Equal(Prefix + "AttemptTimeout must be between 10 milliseconds and 24 hours; it is -00:00:05." + Suffix, exception.Message);
    }

    [Fact]
    public void Ctor_AttemptTimeoutAboveTotalTimeout_ThrowsArgumentExceptionSayingBoth()
    {
        var options = Valid(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMinutes(1);
            o.TotalTimeout = TimeSpan.FromSeconds(30);
        });

        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(options));

        Assert.Equal(Prefix + "AttemptTimeout (00:01:00) must not exceed TotalTimeout (00:00:30)." + Suffix, exception.Message);
    }

    [Fact]
    public void Ctor_SeveralInvalidOptions_ThrowsArgumentExceptionListingEach()
    {
        var options = Valid(o =>
        {
            o.MaxRetryAttempts = -1;
            o.MaxRetryAfter = TimeSpan.FromSeconds(-1);
        });

        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(options));

        Assert.Equal(
            Prefix + "MaxRetryAttempts must be between 0 and 10; it is -1. MaxRetryAfter must be between 0 and 24 hours; it is -00:00:01." + Suffix,
            exception.Message);
    }

    [Fact]
    public void Ctor_InvalidOptionsWithHandler_ThrowsArgumentException()
    {
        using var handler = RecordingHandler.Answering(Bodies.Full);
        var options = Valid(o => o.BaseAddress = new Uri("http://toapis.com"));

        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(options, handler));

        Assert.StartsWith(Prefix + "BaseAddress must use https", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctor_OptionsChangedAfterConstruction_ClientKeepsTheOriginalSettings()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        var options = server.Options(o => o.BalanceUnit = BalanceUnit.Cny);
        using var client = new ToApisBalanceClient(options);

        options.ApiKey = "sk-changedafterwards000";
        options.BaseAddress = new Uri("https://changed.invalid");
        options.BalanceUnit = BalanceUnit.Tokens;
        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(BalanceUnit.Cny, balance.Unit);
        Assert.Equal(["Bearer " + TestServer.ApiKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public async Task Ctor_OptionsChangedAfterConstruction_ClientKeepsTheOriginalRetryCount()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 500, Bodies.HtmlBadGateway, "text/html");
        var options = server.Options(o => o.MaxRetryAttempts = 0);
        using var client = new ToApisBalanceClient(options);

        options.MaxRetryAttempts = 3;
        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task Ctor_PaddedApiKey_SendsTheTrimmedKey()
    {
        using var server = new TestServer();
        server.Respond(TestServer.UserPath, 200, Bodies.Full);
        using var client = server.CreateClient(o => o.ApiKey = "  " + TestServer.ApiKey + "\t");

        await client.GetUserBalanceAsync();

        Assert.Equal(["Bearer " + TestServer.ApiKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public async Task Ctor_WithHandler_SendsThroughTheHandlerWithTheBearerKey()
    {
        using var handler = RecordingHandler.Answering(Bodies.Full);
        using var client = new ToApisBalanceClient(Valid(o => o.BaseAddress = new Uri("https://toapis.com/v1")), handler);

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer " + ValidKey, request.Authorization);
        Assert.Equal(new Uri("https://toapis.com/v1/balance"), request.RequestUri);
    }

    [Fact]
    public void Dispose_WithCallerHandler_LeavesTheHandlerToTheCaller()
    {
        using var handler = RecordingHandler.Answering(Bodies.Full);
        var client = new ToApisBalanceClient(Valid(), handler);

        client.Dispose();

        Assert.False(handler.IsDisposed);
    }

    private static ToApisBalanceClientOptions Valid(Action<ToApisBalanceClientOptions>? configure = null)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = ValidKey };
        configure?.Invoke(options);
        return options;
    }

    [Fact]
    public async Task GetTokenBalanceAsync_AfterDispose_ThrowsObjectDisposedException()
    {
        using var handler = RecordingHandler.Answering(Bodies.Full);
        var client = new ToApisBalanceClient(new ToApisBalanceClientOptions { ApiKey = "sk-disposed0123456789" }, handler);
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetTokenBalanceAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetUserBalanceAsync());
        Assert.Empty(handler.Requests);
    }
}
