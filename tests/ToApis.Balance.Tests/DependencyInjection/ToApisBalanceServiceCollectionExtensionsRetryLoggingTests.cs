using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

/// <summary>A retry logs one Warning; a call that fails in the end logs one Error; nothing else reaches Information.</summary>
public sealed class ToApisBalanceServiceCollectionExtensionsRetryLoggingTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_OneRetryThenSuccess_LogsOneWarningAndNothingElseAboveDebug()
    {
        using var server = new TestServer();
        server.RespondInSequence(TestServer.TokenPath, r => r.WithStatusCode(503), r => r.WithStatusCode(200).WithBody(Bodies.Full));
        using var provider = LoggedClient(server);

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        var above = provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Level > LogLevel.Debug).ToList();
        var warning = Assert.Single(above);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("'OnRetry'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TwoRetriesThenFailure_LogsAWarningPerRetryAndOneError()
    {
        using var server = new TestServer();
        server.RespondInSequence(TestServer.TokenPath, r => r.WithStatusCode(503), r => r.WithStatusCode(503), r => r.WithStatusCode(401).WithBody(Bodies.AuthenticationError));
        using var provider = LoggedClient(server);

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync());

        var above = provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Level > LogLevel.Debug).ToList();
        Assert.Equal(2, above.Count(r => r.Level == LogLevel.Warning && r.Message.Contains("'OnRetry'", StringComparison.Ordinal)));
        Assert.Equal("CallFailed", Assert.Single(above, r => r.Level >= LogLevel.Error).Id.Name);
        Assert.Equal(3, above.Count);
    }

    private static ServiceProvider LoggedClient(TestServer server) =>
        ServiceProviderFactory.Build(services =>
        {
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
            services.AddFakeLogging();
            services.AddToApisBalanceClient(options =>
            {
                options.ApiKey = TestServer.ApiKey;
                options.BaseAddress = server.BaseAddress;
                options.RetryBaseDelay = TimeSpan.Zero;
            });
        });
}
