using System.Reflection;
using System.Text.Json;

namespace ToApis.Balance.Snippets.Tests;

/// <summary>
/// The assemblies a new app compiles against when it references some packages, resolved as NuGet resolved this test
/// project's own graph (its <c>project.assets.json</c>, copied to the output): each named package's compile assets, its
/// dependencies' transitively, the .NET shared framework, and the ASP.NET Core shared framework when a package in the
/// closure references it (as the testing kit does) or the app is a web app, both from the reference packs this
/// project's build used. Versions are the ones this project resolved, which may be newer than a package's lowest
/// dependency; the names and types are what a snippet can miss.
/// </summary>
public static class PackageAssemblies
{
    /// <summary>The shared framework every app runs on.</summary>
    public const string NetCoreApp = "Microsoft.NETCore.App";

    /// <summary>The shared framework a web app, or a package with a framework reference to it, brings.</summary>
    public const string AspNetCoreApp = "Microsoft.AspNetCore.App";

    private static readonly Lazy<Graph> Assets = new(Graph.Load);

    /// <summary>
    /// The paths of the assemblies an app referencing <paramref name="packages"/> compiles against, one per assembly
    /// name (the higher version where a package and a framework both carry it, as the SDK's conflict resolution does).
    /// </summary>
    /// <exception cref="ArgumentException">A package is not in this project's graph.</exception>
    public static IReadOnlyList<string> Resolve(IEnumerable<string> packages, bool webApp)
    {
        var graph = Assets.Value;
        var frameworks = new HashSet<string>(StringComparer.Ordinal) { NetCoreApp };
        if (webApp)
        {
            frameworks.Add(AspNetCoreApp);
        }

        var closure = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>();
        foreach (var package in packages)
        {
            if (!graph.Entries.ContainsKey(package))
            {
                throw new ArgumentException(
                    $"'{package}' is not a package the snippet tests know: add a PackageReference to it in ToApis.Balance.Snippets.Tests.csproj.",
                    nameof(packages));
            }

            pending.Push(package);
        }

        var assemblies = new List<string>();
        while (pending.TryPop(out var name))
        {
            if (!closure.Add(name))
            {
                continue;
            }

            var entry = graph.Entries[name];
            assemblies.AddRange(entry.Compile);
            frameworks.UnionWith(entry.Frameworks);
            foreach (var dependency in entry.Dependencies)
            {
                pending.Push(dependency);
            }
        }

        assemblies.AddRange(frameworks.SelectMany(framework => graph.Frameworks.TryGetValue(framework, out var paths)
            ? paths
            : throw new InvalidOperationException($"This project's build resolved no reference pack for the {framework} shared framework.")));

        return assemblies
            .GroupBy(path => Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)
            .Select(same => same.Count() == 1 ? same.First() : same.MaxBy(path => AssemblyName.GetAssemblyName(path).Version)!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Entry(IReadOnlyList<string> Compile, IReadOnlyList<string> Dependencies, IReadOnlyList<string> Frameworks);

    private sealed record Graph(IReadOnlyDictionary<string, Entry> Entries, IReadOnlyDictionary<string, IReadOnlyList<string>> Frameworks)
    {
        public static Graph Load()
        {
            using var assets = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "project.assets.json")));
            var root = assets.RootElement;
            var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
            var libraries = root.GetProperty("libraries");
            var target = root.GetProperty("targets").EnumerateObject().Single().Value;

            var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            foreach (var library in target.EnumerateObject())
            {
                var isProject = library.Value.GetProperty("type").GetString() == "project";
                var folder = Path.Combine(packageFolder, libraries.GetProperty(library.Name).GetProperty("path").GetString()!);
                entries[library.Name.Split('/')[0]] = new Entry(
                    Names(library.Value, "compile")
                        .Where(asset => Path.GetFileName(asset) != "_._")   // NuGet's "nothing for this framework"
                        // A project's compile asset is a placeholder; its assembly is copied next to the tests.
                        .Select(asset => isProject ? Path.Combine(AppContext.BaseDirectory, Path.GetFileName(asset)) : Path.Combine(folder, asset))
                        .ToList(),
                    Names(library.Value, "dependencies").ToList(),
                    library.Value.TryGetProperty("frameworkReferences", out var references)
                        ? references.EnumerateArray().Select(r => r.GetString()!).ToList()
                        : []);
            }

            // What the SDK compiles a framework-dependent app against: each shared framework's reference pack, as the
            // build of this project resolved them (framework-references.txt, one "framework|path" a line).
            var frameworks = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "framework-references.txt"))
                .Select(line => line.Split('|', 2))
                .GroupBy(parts => parts[0], parts => parts[1], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.ToList(), StringComparer.Ordinal);

            return new Graph(entries, frameworks);
        }

        private static IEnumerable<string> Names(JsonElement library, string section) =>
            library.TryGetProperty(section, out var items) ? items.EnumerateObject().Select(item => item.Name) : [];
    }
}
