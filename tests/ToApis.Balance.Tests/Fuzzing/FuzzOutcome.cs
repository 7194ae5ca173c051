namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>What one call through the public API ended with: a balance, or the exception it threw.</summary>
internal sealed record FuzzOutcome(BalanceSnapshot? Balance, Exception? Error)
{
    public override string ToString() => Error is null
        ? $"a balance: {Balance}"
        : $"{Error.GetType().Name} (StatusCode {(Error as ToApisException)?.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}): {Error.Message}";
}
