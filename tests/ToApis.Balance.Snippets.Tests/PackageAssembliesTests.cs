namespace ToApis.Balance.Snippets.Tests;

public sealed class PackageAssembliesTests
{
    [Fact]
    public void Resolve_CorePackage_BringsItsDependenciesAndNotTheOtherPackages()
    {
        var names = FileNames(PackageAssemblies.Resolve(["ToApis.Balance"], webApp: false));

        Assert.Contains("ToApis.Balance.dll", names);
        Assert.Contains("Refit.dll", names);
        Assert.Contains("Microsoft.Extensions.Http.dll", names);
        Assert.Contains("System.Runtime.dll", names);
        Assert.DoesNotContain("ToApis.Balance.Monitoring.dll", names);
        Assert.DoesNotContain("Microsoft.Extensions.Hosting.dll", names);
        Assert.DoesNotContain("Microsoft.AspNetCore.dll", names);
    }

    [Fact]
    public void Resolve_TestingKit_BringsTheAspNetCoreFrameworkItReferences()
    {
        var names = FileNames(PackageAssemblies.Resolve(["ToApis.Balance.Testing"], webApp: false));

        Assert.Contains("ToApis.Balance.dll", names);
        Assert.Contains("Microsoft.AspNetCore.dll", names);
        Assert.Contains("Microsoft.Extensions.Hosting.dll", names);
    }

    [Fact]
    public void Resolve_PackageAlsoInTheFramework_KeepsOneAssemblyOfThatName()
    {
        var paths = PackageAssemblies.Resolve(["ToApis.Balance", "Microsoft.Extensions.Hosting"], webApp: true);

        Assert.Single(paths, path => Path.GetFileName(path) == "Microsoft.Extensions.Http.dll");
    }

    [Fact]
    public void Resolve_UnknownPackage_SaysToReferenceIt()
    {
        var error = Assert.Throws<ArgumentException>(() => PackageAssemblies.Resolve(["Newtonsoft.Jsonn"], webApp: false));

        Assert.Equal(
            "'Newtonsoft.Jsonn' is not a package the snippet tests know: add a PackageReference to it in ToApis.Balance.Snippets.Tests.csproj. (Parameter 'packages')",
            error.Message);
    }

    private static HashSet<string> FileNames(IEnumerable<string> paths) => paths.Select(Path.GetFileName).ToHashSet()!;
}
