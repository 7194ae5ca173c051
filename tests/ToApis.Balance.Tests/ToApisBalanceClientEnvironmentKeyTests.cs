using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

[Collection(ApiKeyEnvironmentCollection.Name)]
public sealed class ToApisBalanceClientEnvironmentKeyTests
{
    private const string EnvironmentKey = "sk-environment0123456789";

    [Fact]
    public async Task Ctor_ApiKeyNullWithEnvironmentKey_SendsTheEnvironmentKey()
    {
        using var environment = ApiKeyEnvironmentScope.Set(EnvironmentKey);
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var client = server.CreateClient(o => o.ApiKey = null);

        await client.GetTokenBalanceAsync();

        Assert.Equal(["Bearer " + EnvironmentKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public async Task Ctor_ApiKeySetAndEnvironmentKeySet_SendsTheConfiguredKey()
    {
        using var environment = ApiKeyEnvironmentScope.Set(EnvironmentKey);
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var client = server.CreateClient();

        await client.GetTokenBalanceAsync();

        Assert.Equal(["Bearer " + TestServer.ApiKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public async Task Ctor_EnvironmentKeyChangedAfterConstruction_ClientKeepsTheKeyItStartedWith()
    {
        using var environment = ApiKeyEnvironmentScope.Set(EnvironmentKey);
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var client = server.CreateClient(o => o.ApiKey = null);

        Environment.SetEnvironmentVariable(ApiKeyEnvironmentScope.Variable, "sk-changedafterwards000");
        await client.GetTokenBalanceAsync();

        Assert.Equal(["Bearer " + EnvironmentKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public void Ctor_NoKeyAnywhere_ThrowsArgumentExceptionNamingApiKeyAndTheVariable()
    {
        using var environment = ApiKeyEnvironmentScope.Unset();

        var exception = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(new ToApisBalanceClientOptions()));

        Assert.Equal(
            "Invalid ToApisBalanceClientOptions: No ToAPIs API key: set ToApisBalanceClientOptions.ApiKey (configuration key 'ApiKey') or the TOAPIS_API_KEY environment variable. (Parameter 'options')",
            exception.Message);
    }
}
