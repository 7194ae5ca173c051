namespace ToApis.Balance.Internal;

/// <summary>
/// The token of an attempt, or of what is left of a call: the caller's token, canceled also when the given time
/// passes on the client's clock. Disposing it stops the timer. Each is its own source, never reused, so a
/// handler below the SDK may keep the token it was given as long as it likes.
/// </summary>
internal readonly struct AttemptCancellation : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly CancellationTokenRegistration callerRegistration;

    private AttemptCancellation(CancellationTokenSource source, CancellationTokenRegistration callerRegistration)
    {
        this.source = source;
        this.callerRegistration = callerRegistration;
    }

    public CancellationToken Token => source.Token;

    /// <param name="timeout">The time allowed; zero or less is already over.</param>
    /// <param name="timeProvider">The client's clock (a fake one in tests), whose timer cancels the source.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static AttemptCancellation Start(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var source = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero, timeProvider);
        var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), source)
            : default;
        return new AttemptCancellation(source, registration);
    }

    public void Dispose()
    {
        callerRegistration.Dispose();
        source.Dispose();
    }
}
