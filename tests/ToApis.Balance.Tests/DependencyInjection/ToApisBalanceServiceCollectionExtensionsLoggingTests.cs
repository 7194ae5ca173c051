using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

/// <summary>
/// With dependency injection, IHttpClientFactory and Polly log every request, retry and failure. At the most
/// verbose level, with the server echoing the key back, no log record may carry it.
/// </summary>
public sealed class ToApisBalanceServiceCollectionExtensionsLoggingTests
{
    [Fact]
    public async Task AddToApisBalanceClient_TraceLoggingThroughRetriesAndFailure_KeyInNoLogRecord()
    {
        using var server = new TestServer();
        server.RespondInSequence(
            TestServer.TokenPath,
            response => response.WithStatusCode(503).WithBody($"<html>upstream said Bearer {TestServer.ApiKey}</html>"),
            response => response.WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody($$$"""{"error": {"message": "Invalid token {{{TestServer.ApiKey}}} (request id: 42)", "type": "authentication_error"}}"""));
        using var provider = TraceLoggedClient(server);
        var client = provider.GetRequiredService<IToApisBalanceClient>();

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        var records = provider.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, record => record.Message.Contains("OnRetry", StringComparison.Ordinal));
        AssertNotIn(records, TestServer.ApiKey);
    }

    [Fact]
    public async Task AddToApisBalanceClient_TraceLoggingWithKeyEchoedInHeaderAndRedirectUrl_KeyInNoLogRecordNorException()
    {
        using var server = new TestServer();
        var keyBody = TestServer.ApiKey[3..];
        server.RespondInSequence(
            TestServer.TokenPath,
            response => response.WithStatusCode(503).WithHeader("X-Echo", TestServer.ApiKey),
            response => response.WithStatusCode(302)
                .WithHeader("X-Echo", TestServer.ApiKey)
                .WithHeader("Location", $"http://{keyBody}.localhost:1/v1/balance?key={TestServer.ApiKey}"));
        using var provider = TraceLoggedClient(server);

        var exception = await Assert.ThrowsAsync<ToApisException>(() => provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync());

        Assert.DoesNotContain(keyBody, exception.ToString(), StringComparison.OrdinalIgnoreCase);
        var records = provider.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(records);
        AssertNotIn(records, keyBody);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_SucceedsAtOnce_LogsNothingAboveDebug()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var provider = TraceLoggedClient(server);

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        var records = provider.GetFakeLogCollector().GetSnapshot();
        Assert.All(records, record => Assert.True(record.Level <= LogLevel.Debug, $"{record.Level}: {record.Message}"));
        Assert.Contains(records, record => record.Id.Name == "BalanceRead" && record.Category == "ToApis.Balance");
    }

    [Fact]
    public async Task GetTokenBalanceAsync_FailsAtOnce_LogsOneErrorWithTheFailure()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 401, Bodies.AuthenticationError);
        using var provider = TraceLoggedClient(server);

        var exception = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync());

        var error = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), record => record.Level >= LogLevel.Error);
        Assert.Equal(2, error.Id.Id);
        Assert.Equal("ToAPIs GET /v1/balance call failed: ToApisAuthenticationException (HTTP 401).", error.Message);
        Assert.Same(exception, error.Exception);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_OneRetryThenSuccess_LogsOneWarningAndNothingElseAboveDebug()
    {
        using var server = new TestServer();
        server.RespondInSequence(TestServer.TokenPath, r => r.WithStatusCode(503), r => r.WithStatusCode(200).WithBody(Bodies.Full));
        using var provider = TraceLoggedClient(server);

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        var above = provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Level > LogLevel.Debug).ToList();
        var warning = Assert.Single(above);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("'OnRetry'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Result: '503'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TwoRetriesThenFailure_LogsAWarningPerRetryAndOneError()
    {
        using var server = new TestServer();
        server.RespondInSequence(TestServer.TokenPath, r => r.WithStatusCode(503), r => r.WithStatusCode(503), r => r.WithStatusCode(401).WithBody(Bodies.AuthenticationError));
        using var provider = TraceLoggedClient(server);

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync());

        var above = provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Level > LogLevel.Debug).ToList();
        Assert.Equal(2, above.Count(r => r.Level == LogLevel.Warning && r.Message.Contains("'OnRetry'", StringComparison.Ordinal)));
        Assert.Equal("CallFailed", Assert.Single(above, r => r.Level >= LogLevel.Error).Id.Name);
        Assert.Equal(3, above.Count);
    }

    /// <summary>A provider with the client on <paramref name="server"/> and every log record, down to Trace, captured.</summary>
    private static ServiceProvider TraceLoggedClient(TestServer server) =>
        ServiceProviderFactory.Build(services =>
        {
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
            services.AddFakeLogging();
            services.AddToApisBalanceClient(options =>
            {
                options.ApiKey = TestServer.ApiKey;
                options.BaseAddress = server.BaseAddress;
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            });
        });

    /// <summary>No text of any record (message, exception, structured state) holds <paramref name="secret"/>, in any case.</summary>
    private static void AssertNotIn(IReadOnlyList<FakeLogRecord> records, string secret) =>
        Assert.All(records, record =>
        {
            Assert.DoesNotContain(secret, record.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, record.Exception?.ToString() ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, string.Join(";", record.StructuredState ?? []), StringComparison.OrdinalIgnoreCase);
        });
}
