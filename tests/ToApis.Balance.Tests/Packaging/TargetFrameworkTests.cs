using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace ToApis.Balance.Tests.Packaging;

/// <summary>
/// Each target framework's tests run on that framework's runtime, against the dependency versions its package
/// declares (Directory.Packages.props): the net8.0 run proves the 8.x floors work, not just that they compile.
/// </summary>
public sealed class TargetFrameworkTests
{
    [Fact]
    public void Runtime_IsTheTargetFrameworks()
    {
#if NET8_0
        Assert.Equal(8, Environment.Version.Major);
#else
        Assert.Equal(10, Environment.Version.Major);
#endif
    }

    [Theory]
    [InlineData(typeof(HttpClientFactoryServiceCollectionExtensions))]   // Microsoft.Extensions.Http
    [InlineData(typeof(HttpRetryStrategyOptions))]                       // Microsoft.Extensions.Http.Resilience
    [InlineData(typeof(OptionsBuilderConfigurationExtensions))]          // Microsoft.Extensions.Options.ConfigurationExtensions
    [InlineData(typeof(ConfigurationBinder))]                            // Microsoft.Extensions.Configuration.Binder
    public void Dependency_LoadedVersion_IsTheTargetFrameworksFloor(Type type)
    {
#if NET8_0
        Assert.Equal(8, type.Assembly.GetName().Version!.Major);
#else
        Assert.Equal(10, type.Assembly.GetName().Version!.Major);
#endif
    }
}
