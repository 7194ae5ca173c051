namespace ToApis.Balance.Conventions.Tests;

/// <summary>The repository's test projects and their sources, found from the folder the tests run in.</summary>
internal static class TestProjects
{
    /// <summary>Each project under <c>tests/</c>: its folder relative to the repository, and its C# sources (build output left out).</summary>
    public static IEnumerable<(string Project, List<(string Path, string Text)> Sources)> All()
    {
        var root = RepositoryRoot();
        var tests = Path.Combine(root, "tests");
        foreach (var project in Directory.EnumerateFiles(tests, "*.csproj", SearchOption.AllDirectories).Where(p => !IsBuildOutput(p)).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(project)!;
            var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(p))
                .Order(StringComparer.Ordinal)
                .Select(p => (Path.GetRelativePath(root, p), File.ReadAllText(p)))
                .ToList();
            yield return (Path.GetRelativePath(root, folder), sources);
        }
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>The folder holding <c>ToApis.Balance.sln</c>, above the test assembly's.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ToApis.Balance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ToApis.Balance.sln above {AppContext.BaseDirectory}: the convention tests read the repository's sources.");
    }
}
