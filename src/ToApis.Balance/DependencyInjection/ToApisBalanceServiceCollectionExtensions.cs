using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ToApis.Balance;
using ToApis.Balance.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IToApisBalanceClient"/> with dependency injection, through <c>IHttpClientFactory</c>.</summary>
public static class ToApisBalanceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IToApisBalanceClient"/> with the default options; the key comes from the
    /// <c>TOAPIS_API_KEY</c> environment variable.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder of the underlying HTTP client, to add handlers or change the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IHttpClientBuilder AddToApisBalanceClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddCore(services, Options.Options.DefaultName);
    }

    /// <summary>Registers <see cref="IToApisBalanceClient"/>, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the underlying HTTP client, to add handlers or change the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IHttpClientBuilder AddToApisBalanceClient(this IServiceCollection services, Action<ToApisBalanceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ToApisBalanceClientOptions>().Configure(configure);
        return AddCore(services, Options.Options.DefaultName);
    }

    /// <summary>Registers <see cref="IToApisBalanceClient"/>, configured from a configuration section such as <c>ToApis</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section whose keys are the option names (<c>ApiKey</c>, <c>BaseAddress</c>, …).</param>
    /// <returns>The builder of the underlying HTTP client, to add handlers or change the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IHttpClientBuilder AddToApisBalanceClient(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ToApisBalanceClientOptions>().Bind(section);
        return AddCore(services, Options.Options.DefaultName, section);
    }

    /// <summary>
    /// Registers a keyed <see cref="IToApisBalanceClient"/> with its own options, for apps that use several keys.
    /// A keyed client needs a key of its own: it never falls back to the <c>TOAPIS_API_KEY</c> environment variable.
    /// Resolve it with <c>[FromKeyedServices(name)]</c> or <c>GetRequiredKeyedService&lt;IToApisBalanceClient&gt;(name)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and the name of its options.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the underlying HTTP client, to add handlers or change the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static IHttpClientBuilder AddToApisBalanceClient(this IServiceCollection services, string name, Action<ToApisBalanceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ToApisBalanceClientOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    /// <summary>
    /// Registers a keyed <see cref="IToApisBalanceClient"/> configured from a configuration section, for apps
    /// that use several keys. The section is read on its own (nothing is inherited from a parent section), and it
    /// must hold an <c>ApiKey</c>: a keyed client never falls back to the <c>TOAPIS_API_KEY</c> environment
    /// variable. Resolve it with <c>[FromKeyedServices(name)]</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and the name of its options.</param>
    /// <param name="section">The section whose keys are the option names (<c>ApiKey</c>, <c>BaseAddress</c>, …).</param>
    /// <returns>The builder of the underlying HTTP client, to add handlers or change the primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static IHttpClientBuilder AddToApisBalanceClient(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ToApisBalanceClientOptions>(name).Bind(section);
        return AddCore(services, name, section);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string name, IConfiguration? section = null)
    {
        Registry(services).Register(name, (section as IConfigurationSection)?.Path);
        services.AddOptions<ToApisBalanceClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ToApisBalanceClientOptions>, ToApisBalanceClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var httpClientName = ToApisHttpClientNames.For(name);

        // A second registration of the same name only adds its configuration: adding the handlers again would
        // stack two resilience pipelines, multiplying the attempts (4 x 4 with the defaults) and the timeouts.
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(ResolvedOptions) && Equals(d.ServiceKey, name)))
        {
            return services.AddHttpClient(httpClientName);
        }

        // What every part of this client needs, checked and resolved once per name; its resilience pipeline logs
        // through the app's logger factory.
        services.AddKeyedSingleton(name, (sp, _) => ResolvedOptions.Create(
            sp.GetRequiredService<IOptionsMonitor<ToApisBalanceClientOptions>>().Get(name),
            sp.GetRequiredService<ToApisClientRegistry>().Find(name)!,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>()));

        // IHttpClientFactory's request logging is off for this client: at Trace level its structured state holds
        // the raw Authorization header (only the formatted text is redacted), so a structured log sink would store
        // the key. The SDK logs each call itself (Debug on success, one Error on failure), and Polly's telemetry each retry.
        var builder = services
            .AddHttpClient(httpClientName)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(ClientPipeline.CreatePrimaryHandler);

        // The SDK's handlers, the same ones the constructors chain, come after the app's default handlers
        // (ConfigureHttpClientDefaults, applied first), so those never see the key; handlers the app adds to this
        // builder come after them, inside each attempt. A resilience handler an app adds to every client
        // (ConfigureHttpClientDefaults) would wrap this one and multiply attempts and timeouts: this client brings
        // its own, so those are removed. (The stable way: RemoveAllResilienceHandlers is experimental, and a newer
        // package could drop it under a library.)
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
        {
            for (var i = handlers.Count - 1; i >= 0; i--)
            {
                // Http.Resilience 8.x, the net8.0 floor, marks ResilienceHandler experimental; 10.x has it stable,
                // and a type test is all this needs of it.
#pragma warning disable EXTEXP0001
                if (handlers[i] is ResilienceHandler)
#pragma warning restore EXTEXP0001
                {
                    handlers.RemoveAt(i);
                }
            }

            foreach (var handler in ClientPipeline.CreateHandlers(Resolve(sp, name)))
            {
                handlers.Add(handler);
            }
        });

        // A singleton over one factory client: the primary handler recycles its connections, so DNS changes are seen.
        if (name.Length == 0)
        {
            services.TryAddSingleton<IToApisBalanceClient>(sp => Create(sp, name, httpClientName));
        }
        else
        {
            services.TryAddKeyedSingleton<IToApisBalanceClient>(name, (sp, _) => Create(sp, name, httpClientName));
        }

        return builder;
    }

    /// <summary>The registry of this service collection's clients, added on first use.</summary>
    private static ToApisClientRegistry Registry(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ToApisClientRegistry) && !d.IsKeyedService)?.ImplementationInstance is ToApisClientRegistry known)
        {
            return known;
        }

        var registry = new ToApisClientRegistry();
        services.AddSingleton(registry);
        return registry;
    }

    private static ToApisBalanceClient Create(IServiceProvider services, string name, string httpClientName) =>
        new(services.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), Resolve(services, name), services.GetKeyedService<IBalanceCache>(name));

    private static ResolvedOptions Resolve(IServiceProvider services, string name) =>
        services.GetRequiredKeyedService<ResolvedOptions>(name);
}
