using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ToApis.Balance.Snippets.Tests;

/// <summary>
/// Compiles a snippet the way it would build in a new console app (<c>dotnet new console</c>: top-level statements,
/// nullable on, the template's implicit usings) that references the packages: against every assembly this test
/// project runs with, which are the SDK's packages, their dependencies, Microsoft.Extensions.Hosting and the .NET
/// and ASP.NET Core frameworks.
/// </summary>
public static class SnippetCompiler
{
    /// <summary>The implicit usings of the console template; anything else a snippet needs it must say itself.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>The warnings and errors of <paramref name="code"/>, each as <c>line: id message</c>; empty when it compiles cleanly.</summary>
    public static IReadOnlyList<string> Diagnose(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var snippet = CSharpSyntaxTree.ParseText(code, parse, path: "Snippet.cs");
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [snippet, CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "GlobalUsings.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            // A snippet that only declares types (a fake, a service class) has no entry point, and needs none.
            .Where(d => d.Id != "CS5001")
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }
}
