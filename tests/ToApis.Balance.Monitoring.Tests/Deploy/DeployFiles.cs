namespace ToApis.Balance.Monitoring.Tests.Deploy;

/// <summary>The files under the repository's <c>deploy/</c>, found above the test assembly's folder.</summary>
internal static class DeployFiles
{
    private static readonly string Root = RepositoryRoot();

    /// <summary>The folder of the Prometheus alert rules and their unit tests.</summary>
    public static string Prometheus { get; } = Path.Combine(Root, "deploy", "prometheus");

    /// <summary>The Grafana dashboard.</summary>
    public static string Dashboard { get; } = Path.Combine(Root, "deploy", "grafana", "toapis-balance.json");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ToApis.Balance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ToApis.Balance.sln above {AppContext.BaseDirectory}: the deploy tests read deploy/.");
    }
}
