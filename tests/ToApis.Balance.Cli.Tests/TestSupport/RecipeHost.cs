using System.Diagnostics;
using ToApis.Balance.Testing;

namespace ToApis.Balance.Cli.Tests;

/// <summary>
/// Where a recipe of docs/cli.md runs: a temporary folder holding the tool (<c>toapis-balance</c>, a script that
/// starts the built one), the key file and the collector's folder, and the testing kit's sandbox server on
/// loopback, named to the tool by <c>TOAPIS_BASE_URL</c>.
/// </summary>
internal sealed class RecipeHost : IAsyncDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("toapis-recipe-");

    private RecipeHost(ToApisSandbox sandbox)
    {
        Sandbox = sandbox;
        Tool = Path.Combine(root.FullName, "bin", "toapis-balance");
        KeyFile = Path.Combine(root.FullName, "key");
        TextfileFolder = Path.Combine(root.FullName, "textfile_collector");
        Directory.CreateDirectory(Path.GetDirectoryName(Tool)!);
        Directory.CreateDirectory(TextfileFolder);
        File.WriteAllText(Tool, $"#!/bin/sh\nexec '{ToolProcess.Dotnet}' '{ToolProcess.Dll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            // The recipes are POSIX (/bin/sh, cron, systemd); elsewhere they fail on the shell, not here.
            File.SetUnixFileMode(Tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        File.WriteAllText(KeyFile, ToApisSandbox.ApiKey + "\n");
    }

    public ToApisSandbox Sandbox { get; }

    public string Tool { get; }

    public string KeyFile { get; }

    public string TextfileFolder { get; }

    /// <summary>Moves the documented paths a recipe names here; each must be in it.</summary>
    /// <param name="recipe">The recipe as docs/cli.md shows it.</param>
    /// <param name="documented">Its paths: <c>/usr/local/bin/toapis-balance</c>, <c>/etc/toapis-balance/key</c>, <c>/var/lib/node_exporter/textfile_collector</c>.</param>
    public string Move(string recipe, params string[] documented)
    {
        var here = new Dictionary<string, string>
        {
            ["/usr/local/bin/toapis-balance"] = Tool,
            ["/etc/toapis-balance/key"] = KeyFile,
            ["/var/lib/node_exporter/textfile_collector"] = TextfileFolder,
        };
        return CliDocs.MovePaths(recipe, documented.ToDictionary(path => path, path => here[path]));
    }

    public static async Task<RecipeHost> StartAsync() => new(await ToApisSandbox.StartAsync());

    /// <summary>Runs a program as a scheduler would: no terminal, no key in the environment, the sandbox as the server.</summary>
    public async Task<CliResult> RunAsync(string program, IEnumerable<string> args, string? standardInputFile = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("TOAPIS_API_KEY");
        start.Environment["TOAPIS_BASE_URL"] = Sandbox.BaseAddress.ToString();
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        return await ToolProcess.CompleteAsync(process, standardInputFile is null ? string.Empty : await File.ReadAllTextAsync(standardInputFile));
    }

    /// <summary>Runs a command line through <c>/bin/sh</c>, as Nagios (for a line with <c>&lt;</c>) and cron do.</summary>
    public Task<CliResult> ShellAsync(string commandLine) => RunAsync("/bin/sh", ["-c", commandLine]);

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        root.Delete(recursive: true);
    }
}
