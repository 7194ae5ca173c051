using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ToApis.Balance.Snippets.Tests;

/// <summary>
/// Compiles a snippet the way it would build in a new console app (<c>dotnet new console</c>: top-level statements,
/// nullable on, the template's implicit usings) that references the packages the snippet names, against only the
/// assemblies those packages bring (see <see cref="PackageAssemblies"/>).
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

    /// <summary>What the web template (<c>dotnet new web</c>, the Web SDK) adds to the console template's usings.</summary>
    private const string WebImplicitUsings = """
        global using System.Net.Http.Json;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    // One reference per file for the whole run: the blocks share most of their assemblies.
    private static readonly ConcurrentDictionary<string, MetadataReference> References = new(StringComparer.Ordinal);

    /// <summary>
    /// The warnings and errors of <paramref name="code"/> in an app referencing <paramref name="needs"/>' packages, each
    /// as <c>line: id message</c>; empty when it compiles cleanly.
    /// </summary>
    public static IReadOnlyList<string> Diagnose(string code, SnippetNeeds needs)
    {
        ArgumentNullException.ThrowIfNull(needs);

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var snippet = CSharpSyntaxTree.ParseText(code, parse, path: "Snippet.cs");
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [snippet, CSharpSyntaxTree.ParseText(needs.WebApp ? ImplicitUsings + WebImplicitUsings : ImplicitUsings, parse, path: "GlobalUsings.cs")],
            PackageAssemblies.Resolve(needs.Packages, needs.WebApp).Select(path => References.GetOrAdd(path, p => MetadataReference.CreateFromFile(p))),
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                // As Microsoft.NET.Sdk's NoWarn: a package built against an older framework version unifies with this one.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            // A snippet that only declares types (a fake, a service class) has no entry point, and needs none.
            .Where(d => d.Id != "CS5001")
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }
}
