namespace ToApis.Balance.Tests.TestSupport;

/// <summary>Sets (or clears) <c>TOAPIS_API_KEY</c> for one test and restores the previous value afterwards.</summary>
internal sealed class ApiKeyEnvironmentScope : IDisposable
{
    public const string Variable = "TOAPIS_API_KEY";

    private readonly string? previous;

    private ApiKeyEnvironmentScope(string? value)
    {
        previous = Environment.GetEnvironmentVariable(Variable);
        Environment.SetEnvironmentVariable(Variable, value);
    }

    public static ApiKeyEnvironmentScope Set(string value) => new(value);

    public static ApiKeyEnvironmentScope Unset() => new(null);

    public void Dispose() => Environment.SetEnvironmentVariable(Variable, previous);
}
