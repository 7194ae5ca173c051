using Xunit.Sdk;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>A property violation, with a short category (what kind of mismatch) that census runs group by.</summary>
internal sealed class FuzzMismatch(string category, string message) : XunitException(message)
{
    public string Category { get; } = category;
}
