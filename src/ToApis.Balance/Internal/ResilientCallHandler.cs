using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Polly;
using Polly.Timeout;

namespace ToApis.Balance.Internal;

/// <summary>
/// Runs one call: each attempt sends the request, reads its body (capped) inside the attempt's time, and has it
/// classified once (<see cref="ResponseClassifier"/>); the verdict travels up as the response's content.
/// </summary>
/// <remarks>
/// The first attempt runs here directly, under its own attempt timeout, so a call that succeeds at once pays for
/// no retry pipeline. Only when it ends in something worth retrying does the Polly pipeline take over: its first
/// execution replays that outcome, so Polly decides the retry, the delay (or the server's <c>Retry-After</c>) and
/// every later attempt, within what is left of the call's total timeout. The attempt and the body read use
/// pooled state machines: a first attempt that waits on the network allocates no box for them.
/// </remarks>
internal sealed class ResilientCallHandler(ResolvedOptions resolved) : DelegatingHandler
{
    private readonly ResponseClassifier classifier = resolved.Classifier;
    private readonly TimeProvider timeProvider = resolved.TimeProvider;
    private readonly TimeSpan attemptTimeout = resolved.Options.AttemptTimeout;
    private readonly bool retries = resolved.Options.MaxRetryAttempts > 0;
    private readonly ClientTelemetry telemetry = resolved.Telemetry;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = timeProvider.GetTimestamp();

        // The first attempt, here rather than in a method of its own (one await level less on the network path),
        // under the attempt timeout; a timeout is reported as Polly's timeout strategy reports one.
        Outcome<HttpResponseMessage> first;
        var attempt = AttemptCancellation.Start(attemptTimeout, timeProvider, cancellationToken);
        try
        {
            first = Outcome.FromResult(await AttemptAsync(request, started, attempt.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException e) when (attempt.Token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            first = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException("The operation didn't complete within the allowed timeout.", attemptTimeout, e));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            first = Outcome.FromException<HttpResponseMessage>(e);
        }
        finally
        {
            attempt.Dispose();
        }

        if (!retries || !ToApisResilience.IsRetryable(first))
        {
            return Unwrap(first);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var state = new RetryState(this, request, first, started);
        try
        {
            ToApisResilience.SetCallStart(context, started);
            var outcome = await resolved.Pipeline.ExecuteOutcomeAsync(
                static (context, state) => state.NextAttemptAsync(context.CancellationToken),
                context,
                state).ConfigureAwait(false);
            return Unwrap(outcome);
        }
        finally
        {
            // Canceled before Polly ran its first execution: the first response was never handed over.
            if (!state.Replayed)
            {
                first.Result?.Dispose();
            }

            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static HttpResponseMessage Unwrap(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is { } exception)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        return outcome.Result!;
    }

    /// <summary>
    /// One attempt: send, following redirects within the request's origin (the key stays on its host; one
    /// elsewhere, or one hop too many, is handed to the classifier unfollowed), read the body within the same
    /// time, and classify. A ValueTask: an attempt that completes at once allocates no task.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<HttpResponseMessage> AttemptAsync(HttpRequestMessage request, long started, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var sent = request;
            for (var hop = 0; hop < ToApisDefaults.MaxRedirects && SameOriginRedirect.Target(sent, response) is { } target; hop++)
            {
                response.Dispose();
                sent = SameOriginRedirect.Follow(sent, target);
                response = await base.SendAsync(sent, cancellationToken).ConfigureAwait(false);
            }

            var body = await CappedBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            ClassifiedContent classified;
            try
            {
                classified = classifier.Classify(sent, response, body, IsAccountCall(request), started);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(body.Buffer);
                throw;
            }

            response.Content.Dispose();
            response.Content = classified;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the call asks for the account's balance: its path (as Refit built it from <see cref="IToApisBalanceApi"/>,
    /// before any redirect) ends like <c>GET /v1/user/balance</c>.
    /// </summary>
    private static bool IsAccountCall(HttpRequestMessage request) =>
        request.RequestUri!.OriginalString.EndsWith(IToApisBalanceApi.UserBalancePath, StringComparison.Ordinal);

    /// <summary>What the retry pipeline's executions need: the first outcome to replay once, then fresh attempts.</summary>
    private sealed class RetryState(ResilientCallHandler handler, HttpRequestMessage request, Outcome<HttpResponseMessage> first, long started)
    {
        private int attempts = 1;

        /// <summary>Whether Polly took the first outcome over (it then disposes it when it retries).</summary>
        public bool Replayed { get; private set; }

        public async ValueTask<Outcome<HttpResponseMessage>> NextAttemptAsync(CancellationToken cancellationToken)
        {
            if (!Replayed)
            {
                Replayed = true;
                return first;
            }

            handler.telemetry.Retried(IsAccountCall(request), ++attempts);
            try
            {
                return Outcome.FromResult(await handler.AttemptAsync(request, started, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e)
            {
                return Outcome.FromException<HttpResponseMessage>(e);
            }
        }
    }
}
