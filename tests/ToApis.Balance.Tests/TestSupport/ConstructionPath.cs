namespace ToApis.Balance.Tests.TestSupport;

/// <summary>The two ways users build a client; behaviour tests run over both, since each builds the handler chain.</summary>
public enum ConstructionPath
{
    /// <summary><c>new ToApisBalanceClient(options)</c>.</summary>
    Constructor,

    /// <summary><c>services.AddToApisBalanceClient(...)</c>, resolved as <see cref="IToApisBalanceClient"/>.</summary>
    DependencyInjection,
}
