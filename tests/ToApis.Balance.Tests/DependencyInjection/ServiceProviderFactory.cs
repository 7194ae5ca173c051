using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Tests.DependencyInjection;

/// <summary>Builds what the dependency-injection tests need: a provider, and a configuration section from pairs.</summary>
internal static class ServiceProviderFactory
{
    public static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static IConfigurationSection Section(string name, params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>($"{name}:{pair.Key}", pair.Value)))
            .Build()
            .GetSection(name);
}
