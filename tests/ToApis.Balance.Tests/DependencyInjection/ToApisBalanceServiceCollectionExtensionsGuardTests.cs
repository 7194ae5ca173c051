using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Tests.DependencyInjection;

public sealed class ToApisBalanceServiceCollectionExtensionsGuardTests
{
    private static readonly IConfigurationSection Section = ServiceProviderFactory.Section("ToApis", ("ApiKey", "sk-guard0123456789"));

    [Fact]
    public void AddToApisBalanceClient_NullServices_ThrowsArgumentNullException()
    {
        AssertNullServices(() => ToApisBalanceServiceCollectionExtensions.AddToApisBalanceClient(null!));
    }

    [Fact]
    public void AddToApisBalanceClient_ConfigureWithNullServices_ThrowsArgumentNullException()
    {
        AssertNullServices(() => ToApisBalanceServiceCollectionExtensions.AddToApisBalanceClient(null!, _ => { }));
    }

    [Fact]
    public void AddToApisBalanceClient_SectionWithNullServices_ThrowsArgumentNullException()
    {
        AssertNullServices(() => ToApisBalanceServiceCollectionExtensions.AddToApisBalanceClient(null!, Section));
    }

    [Fact]
    public void AddToApisBalanceClient_NamedConfigureWithNullServices_ThrowsArgumentNullException()
    {
        AssertNullServices(() => ToApisBalanceServiceCollectionExtensions.AddToApisBalanceClient(null!, "team-a", _ => { }));
    }

    [Fact]
    public void AddToApisBalanceClient_NamedSectionWithNullServices_ThrowsArgumentNullException()
    {
        AssertNullServices(() => ToApisBalanceServiceCollectionExtensions.AddToApisBalanceClient(null!, "team-a", Section));
    }

    [Fact]
    public void AddToApisBalanceClient_NullConfigure_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddToApisBalanceClient((Action<ToApisBalanceClientOptions>)null!));

        Assert.Equal("configure", exception.ParamName);
    }

    [Fact]
    public void AddToApisBalanceClient_NamedWithNullConfigure_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddToApisBalanceClient("team-a", (Action<ToApisBalanceClientOptions>)null!));

        Assert.Equal("configure", exception.ParamName);
    }

    [Fact]
    public void AddToApisBalanceClient_NullSection_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddToApisBalanceClient((IConfiguration)null!));

        Assert.Equal("section", exception.ParamName);
    }

    [Fact]
    public void AddToApisBalanceClient_NamedWithNullSection_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddToApisBalanceClient("team-a", (IConfiguration)null!));

        Assert.Equal("section", exception.ParamName);
    }

    [Fact]
    public void AddToApisBalanceClient_NullNameWithConfigure_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddToApisBalanceClient(null!, _ => { }));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void AddToApisBalanceClient_NullNameWithSection_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddToApisBalanceClient(null!, Section));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AddToApisBalanceClient_BlankNameWithConfigure_ThrowsArgumentException(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddToApisBalanceClient(name, _ => { }));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AddToApisBalanceClient_BlankNameWithSection_ThrowsArgumentException(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddToApisBalanceClient(name, Section));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void AddToApisBalanceClient_BlankName_RegistersNothing()
    {
        var services = new ServiceCollection();

        Assert.ThrowsAny<ArgumentException>(() => services.AddToApisBalanceClient(" ", _ => { }));

        Assert.Empty(services);
    }

    private static void AssertNullServices(Action register)
    {
        var exception = Assert.Throws<ArgumentNullException>(register);

        Assert.Equal("services", exception.ParamName);
    }
}
