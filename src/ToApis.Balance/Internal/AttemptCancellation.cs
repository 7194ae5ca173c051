namespace ToApis.Balance.Internal;

/// <summary>
/// The token of a first attempt: the caller's token, canceled also when the attempt timeout passes on the
/// client's clock. Disposing it stops the timer.
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

    public static AttemptCancellation Start(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (timeProvider == TimeProvider.System)
        {
            var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            linked.CancelAfter(timeout);
            return new AttemptCancellation(linked, default);
        }

        // A clock of the caller's (a fake one in tests): its timer cancels the source; the caller's token is linked by hand.
        var source = new CancellationTokenSource(timeout, timeProvider);
        return new AttemptCancellation(source, cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), source));
    }

    public void Dispose()
    {
        callerRegistration.Dispose();
        source.Dispose();
    }
}
