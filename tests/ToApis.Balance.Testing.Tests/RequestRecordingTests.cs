using ToApis.Balance.Testing.Tests.TestSupport;

namespace ToApis.Balance.Testing.Tests;

public sealed class RequestRecordingTests
{
    public static TheoryData<SandboxMode> Modes => Sandboxes.Modes;

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Requests_AfterTwoCalls_HoldMethodAndPathInOrder(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var client = sandbox.CreateClient();

        await client.GetTokenBalanceAsync();
        await client.GetUserBalanceAsync();

        Assert.Equal(["GET /v1/balance", "GET /v1/user/balance"], sandbox.Requests.Select(request => request.ToString()));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Requests_Authorization_IsMaskedKeepingTheScheme(SandboxMode mode)
    {
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var client = sandbox.CreateClient();

        await client.GetTokenBalanceAsync();

        Assert.Equal("Bearer ***", Assert.Single(sandbox.Requests).Headers["authorization"]);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Requests_WithAWrongKey_NeverHoldTheKey(SandboxMode mode)
    {
        const string key = "sk-live-1234567890abcdefghij";
        await using var sandbox = await Sandboxes.CreateAsync(mode);
        using var client = sandbox.CreateClient(o => o.ApiKey = key);

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        var request = Assert.Single(sandbox.Requests);
        Assert.Equal("Bearer ***", request.Headers["Authorization"]);
        Assert.DoesNotContain(request.Headers, header => header.Value.Contains("1234567890", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_WithACredentialWithoutScheme_MasksItWhole()
    {
        await using var sandbox = new ToApisSandbox();
        using var http = Sandboxes.Http(sandbox, SandboxMode.InProcess, apiKey: null);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "sk-raw-key-0000");

        await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        Assert.Equal("***", Assert.Single(sandbox.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task Requests_KeyAlsoInAnotherHeader_IsMaskedThereTooWithOrWithoutItsPrefix()
    {
        const string key = "sk-live-1234567890abcdefghij";
        await using var sandbox = new ToApisSandbox();
        using var http = Sandboxes.Http(sandbox, SandboxMode.InProcess, apiKey: key);
        http.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        http.DefaultRequestHeaders.TryAddWithoutValidation("X-Trace", "key=" + key[3..].ToUpperInvariant());

        await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        var request = Assert.Single(sandbox.Requests);
        Assert.Equal("***", request.Headers["X-Api-Key"]);
        Assert.Equal("key=***", request.Headers["X-Trace"]);
        Assert.DoesNotContain(request.Headers, header => header.Value.Contains("1234567890", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_WithoutAuthorization_RecordNoAuthorizationHeader()
    {
        await using var sandbox = new ToApisSandbox();
        using var http = Sandboxes.Http(sandbox, SandboxMode.InProcess, apiKey: null);

        await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        Assert.False(Assert.Single(sandbox.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Requests_OtherHeaders_AreKeptAsSent()
    {
        await using var sandbox = new ToApisSandbox();
        using var http = Sandboxes.Http(sandbox, SandboxMode.InProcess, ToApisSandbox.ApiKey);
        http.DefaultRequestHeaders.Add("X-Test", ["a", "b"]);

        await http.GetAsync(new Uri("v1/balance", UriKind.Relative));

        Assert.Equal("a, b", Assert.Single(sandbox.Requests).Headers["x-test"]);
    }

    [Fact]
    public async Task Requests_UnknownPath_IsRecordedToo()
    {
        await using var sandbox = new ToApisSandbox();
        using var http = Sandboxes.Http(sandbox, SandboxMode.InProcess, ToApisSandbox.ApiKey);

        await http.GetAsync(new Uri("v1/models?x=1", UriKind.Relative));

        Assert.Equal("/v1/models", Assert.Single(sandbox.Requests).Path);
    }

    [Fact]
    public async Task Requests_ManyConcurrentCalls_RecordsEveryOne()
    {
        await using var sandbox = new ToApisSandbox();
        using var client = sandbox.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => client.GetUserBalanceAsync())));

        Assert.Equal(100, sandbox.Requests.Count);
    }

    [Fact]
    public async Task ClearRequests_AfterCalls_EmptiesTheRecord()
    {
        await using var sandbox = new ToApisSandbox();
        using var client = sandbox.CreateClient();
        await client.GetUserBalanceAsync();

        sandbox.ClearRequests();

        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task WaitForRequestsAsync_CountAlreadyReached_ReturnsTheRequests()
    {
        await using var sandbox = new ToApisSandbox();
        using var client = sandbox.CreateClient();
        await client.GetUserBalanceAsync();

        var requests = await sandbox.WaitForRequestsAsync(1);

        Assert.Single(requests);
    }

    [Fact]
    public async Task WaitForRequestsAsync_BeforeTheRequests_CompletesWhenTheyArrive()
    {
        await using var sandbox = new ToApisSandbox();
        using var client = sandbox.CreateClient();
        var wait = sandbox.WaitForRequestsAsync(2);
        await client.GetTokenBalanceAsync();
        Assert.False(wait.IsCompleted);

        await client.GetUserBalanceAsync();

        Assert.Equal(2, (await Sandboxes.Bounded(wait)).Count);
    }

    [Fact]
    public async Task WaitForRequestsAsync_Canceled_ThrowsOperationCanceledException()
    {
        await using var sandbox = new ToApisSandbox();
        using var cancellation = new CancellationTokenSource();
        var wait = sandbox.WaitForRequestsAsync(1, cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task WaitForRequestsAsync_NegativeCount_ThrowsArgumentOutOfRangeException()
    {
        await using var sandbox = new ToApisSandbox();

        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = sandbox.WaitForRequestsAsync(-1); });
    }
}
