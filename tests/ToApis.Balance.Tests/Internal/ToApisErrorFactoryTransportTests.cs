using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>What Refit's transport hook turns into the SDK's exceptions, and a response no attempt classified.</summary>
public sealed class ToApisErrorFactoryTransportTests
{
    private readonly ToApisErrorFactory factory = ErrorFactories.For("https://user:secret@balance.example:8443/v1/");

    [Fact]
    public void FromTransport_TheSdksOwnException_PassesThrough()
    {
        var own = new ToApisServerException("failed");

        Assert.Same(own, factory.FromTransport(own, CancellationToken.None));
    }

    [Fact]
    public void FromTransport_CancellationTheCallerAskedFor_PassesThrough()
    {
        var canceled = new OperationCanceledException();

        Assert.Same(canceled, factory.FromTransport(canceled, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void FromTransport_CancellationTheCallerDidNotAskFor_CouldNotReachTheServer()
    {
        var exception = factory.FromTransport(new OperationCanceledException("gone"), CancellationToken.None);

        Assert.Equal("Could not reach ToAPIs at https://balance.example:8443: gone", exception.Message);
    }

    [Fact]
    public void FromTransport_AnyOtherException_CouldNotReachTheServerWithTheMessageScrubbed()
    {
        var exception = factory.FromTransport(new HttpRequestException($"refused for {TestServer.ApiKey}"), CancellationToken.None);

        var sdk = Assert.IsType<ToApisException>(exception);
        Assert.Equal("Could not reach ToAPIs at https://balance.example:8443: refused for ***", sdk.Message);
        Assert.DoesNotContain(TestServer.ApiKey, sdk.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NotClassified_Status_InvalidResponseNamingTheStatus()
    {
        var exception = factory.NotClassified(200);

        Assert.Equal("ToAPIs at https://balance.example:8443 answered HTTP 200 with a response the client could not read.", exception.Message);
        Assert.Equal(200, exception.StatusCode);
    }
}
