using System.Reflection;

namespace ToApis.Balance.Testing.Tests;

/// <summary>
/// The in-process sandbox runs where ASP.NET Core is absent (the tool, natively included). A native build lays out
/// every type it compiles, with the types of their fields, bases and interfaces: a field typed with the Kestrel server
/// made <c>ToApisSandbox.BaseAddress</c> throw <c>FileNotFoundException: Microsoft.AspNetCore</c> there.
/// </summary>
public sealed class InProcessModeTests
{
    private const BindingFlags Everything = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Theory]
    [InlineData(typeof(ToApisSandbox))]
    [InlineData(typeof(ToApisSandboxOptions))]
    [InlineData(typeof(ToApisSandboxScenario))]
    [InlineData(typeof(ToApisSandboxRequest))]
    public void Layout_PublicTypeAndTheKitTypesItHolds_NameNoAspNetCoreType(Type start)
    {
        var reached = new List<string>();
        Walk(start, new HashSet<Type>(), start.Name, reached);

        Assert.Empty(reached);
    }

    [Fact]
    public void Layout_TheKestrelServer_IsSeenByTheWalk()
    {
        // The check above can fail: the loopback server's own layout names ASP.NET Core.
        var server = typeof(ToApisSandbox).Assembly.GetType("ToApis.Balance.Testing.Internal.SandboxServer", throwOnError: true)!;
        var reached = new List<string>();
        Walk(server, new HashSet<Type>(), server.Name, reached);

        Assert.Contains(reached, path => path.EndsWith("WebApplication (Microsoft.AspNetCore)", StringComparison.Ordinal));
    }

    private static void Walk(Type type, HashSet<Type> seen, string path, List<string> reached)
    {
        if (type.IsGenericParameter || !seen.Add(type))
        {
            return;
        }

        var assembly = type.Assembly.GetName().Name!;
        if (assembly.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
        {
            reached.Add($"{path} -> {type.Name} ({assembly})");
            return;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            Walk(argument, seen, $"{path} <{argument.Name}>", reached);
        }

        if (type.Assembly != typeof(ToApisSandbox).Assembly)
        {
            return;
        }

        var holds = type.GetFields(Everything).Select(field => (field.Name, field.FieldType))
            .Concat(type.GetInterfaces().Select(face => ("implements", face)))
            .Concat(type.GetNestedTypes(Everything).Select(nested => ("nested", nested)));
        if (type.BaseType is not null)
        {
            holds = holds.Append(("base", type.BaseType));
        }

        foreach (var (name, held) in holds)
        {
            Walk(held.IsArray ? held.GetElementType()! : held, seen, $"{path}.{name}", reached);
        }
    }
}
