using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace ToApis.Balance.Caching.Tests.Packaging;

/// <summary>The net8.0 run uses the caching package's net8.0 floors (Directory.Packages.props), the net10.0 run the 10.x versions.</summary>
public sealed class TargetFrameworkTests
{
    [Theory]
    [InlineData(typeof(HybridCache), 9)]         // Microsoft.Extensions.Caching.Abstractions 9.x, under Caching.Hybrid 9.10.0
    [InlineData(typeof(RedisCacheOptions), 8)]   // Microsoft.Extensions.Caching.StackExchangeRedis 8.0.x
    public void Dependency_LoadedVersion_IsTheTargetFrameworksFloor(Type type, int net8Major)
    {
#if NET8_0
        Assert.Equal(net8Major, type.Assembly.GetName().Version!.Major);
#else
        _ = net8Major;
        Assert.Equal(10, type.Assembly.GetName().Version!.Major);
#endif
    }
}
