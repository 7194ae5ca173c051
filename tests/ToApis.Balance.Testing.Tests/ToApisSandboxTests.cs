using System.Net;
using ToApis.Balance.Testing.Tests.TestSupport;

namespace ToApis.Balance.Testing.Tests;

public sealed class ToApisSandboxTests
{
    public static TheoryData<SandboxMode> Modes => Sandboxes.Modes;

    public static TheoryData<SandboxMode, string, string> DocumentedPaths => new()
    {
        { SandboxMode.InProcess, "balance", ToApisSandboxBodies.Limited },
        { SandboxMode.InProcess, "v1/balance", ToApisSandboxBodies.Limited },
        { SandboxMode.InProcess, "user/balance", ToApisSandboxBodies.Limited },
        { SandboxMode.InProcess, "v1/user/balance", ToApisSandboxBodies.Limited },
        { SandboxMode.Server, "balance", ToApisSandboxBodies.Limited },
        { SandboxMode.Server, "v1/balance", ToApisSandboxBodies.Limited },
        { SandboxMode.Server, "user/balance", ToApisSandboxBodies.Limited },
        { SandboxMode.Server, "v1/user/balance", ToApisSandboxBodies.Limited },
    };

    [Fact]
    public async Task StartAsync_Always_ListensOnLoopback()
    {
        await using var sandbox = await ToApisSandbox.StartAsync();

        Assert.True(sandbox.BaseAddress.IsLoopback);
        Assert.Equal("http", sandbox.BaseAddress.Scheme);
    }

    [Fact]
    public async Task Ctor_InProcess_HasAnAddressThatNeverResolves()
    {
        await using var sandbox = new ToApisSandbox();

        Assert.Equal(new Uri("https://sandbox.toapis.invalid/"), sandbox.BaseAddress);
    }

    [Fact]
    public async Task Ctor_Default_AnswersTheLimitedScenario()
    {
        await using var sandbox = new ToApisSandbox();

        Assert.Same(ToApisSandboxScenario.Limited, sandbox.Scenario);
    }

    [Fact]
    public void ApiKey_Always_IsTheSandboxKey()
    {
        Assert.Equal("sk-sandbox", ToApisSandbox.ApiKey);
    }

    [Theory]
    [MemberData(nameof(DocumentedPaths))]
    public async Task Get_DocumentedPathWithKey_AnswersDocumentedBody(SandboxMode mode, string path, string expectedBody)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var http = Sandboxes.Http(sandbox, mode, ToApisSandbox.ApiKey);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedBody, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Get_WithoutAuthorizationHeader_Answers401WithDocumentedBody(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var http = Sandboxes.Http(sandbox, mode, apiKey: null);

        using var response = await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ToApisSandboxBodies.NoAuthorizationHeader, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Get_WithAnotherKey_Answers401WithTheInvalidKeyBody(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var http = Sandboxes.Http(sandbox, mode, "sk-not-the-sandbox-key");

        using var response = await http.GetAsync(new Uri("v1/user/balance", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ToApisSandboxBodies.InvalidKey, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task GetTokenBalanceAsync_WithAnotherKey_ThrowsAuthenticationException(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var client = sandbox.CreateClient(o => o.ApiKey = "sk-not-the-sandbox-key");

        var error = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("authentication_error", error.ErrorType);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Get_UnknownPath_Answers404(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var http = Sandboxes.Http(sandbox, mode, ToApisSandbox.ApiKey);

        using var response = await http.GetAsync(new Uri("v1/models", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Post_DocumentedPath_Answers404(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var http = Sandboxes.Http(sandbox, mode, ToApisSandbox.ApiKey);

        using var response = await http.PostAsync(new Uri("v1/balance", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DisposeAsync_Always_StopsListening()
    {
        var sandbox = await ToApisSandbox.StartAsync();
        var address = sandbox.BaseAddress;

        await sandbox.DisposeAsync();

        using var http = new HttpClient { BaseAddress = address };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("v1/balance", UriKind.Relative)));
    }

    [Fact]
    public async Task DisposeAsync_Twice_KeepsTheAddressAndDoesNotThrow()
    {
        var sandbox = await ToApisSandbox.StartAsync();
        var address = sandbox.BaseAddress;

        await sandbox.DisposeAsync();
        await sandbox.DisposeAsync();

        Assert.Equal(address, sandbox.BaseAddress);
    }

    [Fact]
    public async Task CreateHandler_AfterTheServerStopped_StillAnswersInProcess()
    {
        var sandbox = await ToApisSandbox.StartAsync();
        await sandbox.DisposeAsync();
        using var client = new ToApisBalanceClient(new ToApisBalanceClientOptions { ApiKey = ToApisSandbox.ApiKey }, sandbox.CreateHandler());

        var balance = await client.GetUserBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Fact]
    public async Task CreateHandler_WithClientOptions_ReadsBothBalances()
    {
        await using var sandbox = new ToApisSandbox();
        using var client = new ToApisBalanceClient(new ToApisBalanceClientOptions { ApiKey = ToApisSandbox.ApiKey }, sandbox.CreateHandler());

        Assert.Equal(Quota.Limited(100m), (await client.GetTokenBalanceAsync()).Remaining);
        Assert.Equal(Quota.Limited(100m), (await client.GetUserBalanceAsync()).Remaining);
    }

    [Fact]
    public async Task Scenario_SetToNull_ThrowsArgumentNullException()
    {
        await using var sandbox = new ToApisSandbox();

        Assert.Throws<ArgumentNullException>(() => sandbox.Scenario = null!);
    }
}
