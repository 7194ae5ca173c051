namespace ToApis.Balance.Tests.Load;

/// <summary>
/// The load run measures process-wide figures (managed memory, sockets, CPU): it runs alone, after the
/// parallel tests, so no other test's allocations or connections land in its numbers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadHarnessCollection
{
    public const string Name = "Load harness";
}
