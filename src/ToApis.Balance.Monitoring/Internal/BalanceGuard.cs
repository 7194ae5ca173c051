using System.Globalization;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The pre-flight check of a batch job: enough balance, read from a fresh snapshot or the API.</summary>
internal static class BalanceGuard
{
    public static async Task EnsureAsync(ClientMonitor client, ThresholdMeasure measure, decimal required, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(required);
        var available = (await FiguresAsync(client, time, cancellationToken).ConfigureAwait(false)).Get(measure);
        if (available.IsUnlimited)
        {
            return;
        }

        var unit = measure == ThresholdMeasure.Usd ? "US dollars" : "credits";
        var who = AlertMessages.Who(client.Name);
        if (!available.TryGetAmount(out var amount))
        {
            throw new InvalidOperationException($"{who}: the server does not report its {unit}, so the check for {Number(required)} {unit} cannot be made.");
        }

        if (amount < required)
        {
            throw new ToApisInsufficientBalanceException($"{who}: {Number(required)} {unit} required, {Number(amount)} available. Recharge the account or raise the key's quota before starting.")
            {
                Required = required,
                Available = amount,
            };
        }
    }

    private static async Task<BalanceFigures> FiguresAsync(ClientMonitor client, TimeProvider time, CancellationToken cancellationToken)
    {
        var snapshot = client.Current;
        // GuardMaxAge zero means always ask the API, even for a snapshot of this very instant.
        if (snapshot?.FetchedAt is { } fetchedAt && client.Options.GuardMaxAge > TimeSpan.Zero && time.GetUtcNow() - fetchedAt <= client.Options.GuardMaxAge)
        {
            return snapshot.Figures;
        }

        return (await client.ReadAsync(cancellationToken).ConfigureAwait(false)).Figures;
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
