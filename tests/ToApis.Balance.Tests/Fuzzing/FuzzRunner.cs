using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// Samples a property with CsCheck, counts the cases it ran (written to the test output, so a report can quote
/// it), and turns a failure into a message that leads with the seed and how to replay it.
/// </summary>
internal static partial class FuzzRunner
{
    public static async Task<long> CheckAsync<T>(
        Gen<T> gen,
        Func<T, Task> property,
        long iterations,
        ITestOutputHelper output,
        [CallerMemberName] string test = "")
    {
        long cases = 0;
        var seed = FuzzSettings.Seed;
        var iter = FuzzSettings.Iterations(iterations);
        var census = FuzzSettings.Census ? new FuzzCensus() : null;
        try
        {
            await gen.SampleAsync(
                async value =>
                {
                    Interlocked.Increment(ref cases);
                    if (census is null)
                    {
                        await property(value);
                    }
                    else
                    {
                        await census.RecordAsync(value, property);
                    }
                },
                writeLine: output.WriteLine,
                seed: seed,
                iter: iter);
        }
        catch (Exception e) when (e is not XunitException && SeedIn(e.Message) is { } failing)
        {
            output.WriteLine($"{test}: FAILED after {Interlocked.Read(ref cases)} cases, seed {failing}");
            throw new XunitException(
                $"{test} failed; seed {failing}. Replay this case alone with {FuzzSettings.SeedVariable}={failing} {FuzzSettings.IterVariable}=1 " +
                $"dotnet test tests/ToApis.Balance.Tests --filter \"FullyQualifiedName~{test}\" (or pass seed: \"{failing}\" to SampleAsync; see Fuzzing/README.md).{Environment.NewLine}{e.Message}",
                e);
        }

        var ran = Interlocked.Read(ref cases);
        if (census is { IsEmpty: false })
        {
            output.WriteLine($"{test}: {ran} cases, census of failures:{Environment.NewLine}{census}");
            throw new XunitException($"{test}: {census.Failures} of {ran} cases failed:{Environment.NewLine}{census}");
        }

        output.WriteLine($"{test}: {ran} cases passed (seed {seed ?? "random"}, iter {iter})");
        return ran;
    }

    /// <summary>A plain loop for exhaustive properties (every byte position, say), counted like the sampled ones.</summary>
    public static async Task<long> CheckAllAsync<T>(IEnumerable<T> values, Func<T, Task> property, ITestOutputHelper output, [CallerMemberName] string test = "")
    {
        long cases = 0;
        var failures = new List<string>();
        foreach (var value in values)
        {
            cases++;
            try
            {
                await property(value);
            }
            catch (XunitException e)
            {
                failures.Add($"{value}{Environment.NewLine}  {e.Message}");
            }
        }

        output.WriteLine($"{test}: {cases} cases, {failures.Count} failed (exhaustive, no seed)");
        if (failures.Count > 0)
        {
            throw new XunitException($"{test}: {failures.Count} of {cases} cases failed; the first ones:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(5))}");
        }

        return cases;
    }

    private static string? SeedIn(string message) => SeedPattern().Match(message) is { Success: true } match ? match.Groups["seed"].Value : null;

    [GeneratedRegex("seed: \"(?<seed>[^\"]+)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeedPattern();
}
