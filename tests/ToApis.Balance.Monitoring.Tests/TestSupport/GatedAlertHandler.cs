namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>An alert handler that holds the first alert until the test releases it, and says whether its token was canceled.</summary>
internal sealed class GatedAlertHandler : IBalanceAlertHandler
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => entered.Task;

    public bool TokenCanceled { get; private set; }

    public void Release() => released.TrySetResult();

    public async Task HandleAsync(BalanceAlert alert, CancellationToken cancellationToken)
    {
        entered.TrySetResult();
        await released.Task;
        TokenCanceled = cancellationToken.IsCancellationRequested;
    }
}
