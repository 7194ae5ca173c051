using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>A client built along one <see cref="ConstructionPath"/>; disposing it disposes what that path created.</summary>
internal sealed class TestClient : IToApisBalanceClient, IDisposable
{
    private readonly IToApisBalanceClient client;
    private readonly IDisposable owner;

    private TestClient(IToApisBalanceClient client, IDisposable owner)
    {
        this.client = client;
        this.owner = owner;
    }

    /// <summary>Builds a client along <paramref name="path"/>.</summary>
    /// <param name="path">The construction path.</param>
    /// <param name="options">The options.</param>
    /// <param name="time">A fake clock, or <see langword="null"/> for the system's.</param>
    /// <param name="primary">The handler that sends requests (the test keeps owning it), or <see langword="null"/> for the SDK's own.</param>
    public static TestClient Create(ConstructionPath path, ToApisBalanceClientOptions options, TimeProvider? time = null, HttpMessageHandler? primary = null)
    {
        if (path == ConstructionPath.Constructor)
        {
            var direct = new ToApisBalanceClient(options, primary, time ?? TimeProvider.System);
            return new TestClient(direct, direct);
        }

        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddToApisBalanceClient(o =>
        {
            o.ApiKey = options.ApiKey;
            o.BaseAddress = options.BaseAddress;
            o.BalanceUnit = options.BalanceUnit;
            o.MaxRetryAttempts = options.MaxRetryAttempts;
            o.RetryBaseDelay = options.RetryBaseDelay;
            o.MaxRetryAfter = options.MaxRetryAfter;
            o.AttemptTimeout = options.AttemptTimeout;
            o.TotalTimeout = options.TotalTimeout;
            o.ShareConcurrentCalls = options.ShareConcurrentCalls;
            o.MaxStaleness = options.MaxStaleness;
        });
        if (primary is not null)
        {
            services.AddHttpClient("ToApis.Balance").ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(primary));
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new TestClient(provider.GetRequiredService<IToApisBalanceClient>(), provider);
    }

    public Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default) => client.GetTokenBalanceAsync(cancellationToken);

    public Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default) => client.GetUserBalanceAsync(cancellationToken);

    public Task<Balances> GetBalancesAsync(CancellationToken cancellationToken = default) => client.GetBalancesAsync(cancellationToken);

    public void Dispose() => owner.Dispose();
}
