namespace ToApis.Balance.LoadHarness;

/// <summary>
/// Picks the responses to spoil: a fixed fraction, half of them 503 and half connection resets, from a seeded
/// sequence. Requests arrive concurrently, so which request gets which draw varies; the sequence does not.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Random random;
    private readonly double rate;
    private readonly Lock gate = new();

    public FaultInjector(double rate, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1d);
        this.rate = rate;
        random = new Random(seed);
    }

    public Fault Next()
    {
        if (rate == 0d)
        {
            return Fault.None;
        }

        double draw;
        lock (gate)
        {
            draw = random.NextDouble();
        }

        return draw >= rate ? Fault.None : draw < rate / 2 ? Fault.ServiceUnavailable : Fault.ConnectionReset;
    }
}
