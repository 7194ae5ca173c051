using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Polly;

namespace ToApis.Balance.Internal;

/// <summary>
/// Runs one call: each attempt sends the request, reads its body (capped) inside the attempt's time, and has it
/// classified once (<see cref="ResponseClassifier"/>) into a <see cref="Verdict"/>. When the call is over, a
/// balance goes up as the response's content and a failure is thrown, built once from the last verdict.
/// </summary>
/// <remarks>
/// <para>
/// The handler owns both timeouts: each attempt's token runs out after the attempt timeout or after what is left of
/// the total, whichever is first, and the handler knows which of the two it gave the attempt.
/// </para>
/// <para>
/// The first attempt runs outside the retry pipeline, so a call that succeeds at once pays for none of it. Only a
/// verdict worth retrying starts the pipeline, whose first execution hands that verdict back: Polly decides every
/// retry and delay, the first one included. A verdict holds no response, so nothing is left to dispose whether or
/// not Polly runs. The attempt and the body read use pooled state machines.
/// </para>
/// </remarks>
internal sealed class ResilientCallHandler(ResolvedOptions resolved) : DelegatingHandler
{
    private readonly ResponseClassifier classifier = resolved.Classifier;
    private readonly TimeProvider timeProvider = resolved.TimeProvider;
    private readonly TimeSpan attemptTimeout = resolved.Options.AttemptTimeout;
    private readonly TimeSpan totalTimeout = resolved.Options.TotalTimeout;
    private readonly bool retries = resolved.Options.MaxRetryAttempts > 0;
    private readonly ClientTelemetry telemetry = resolved.Telemetry;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = timeProvider.GetTimestamp();
        var verdict = await AttemptAsync(request, started, cancellationToken).ConfigureAwait(false);
        if (retries && verdict.Retryable)
        {
            verdict = await RetryAsync(request, started, verdict, cancellationToken).ConfigureAwait(false);
        }

        return verdict.Failure is { } failure ? throw resolved.Errors.Create(failure) : verdict.Response!;
    }

    /// <summary>The retries, by the pipeline, within what is left of the call's total timeout (its delays included).</summary>
    private async Task<Verdict> RetryAsync(HttpRequestMessage request, long started, Verdict first, CancellationToken cancellationToken)
    {
        using var rest = AttemptCancellation.Start(totalTimeout - timeProvider.GetElapsedTime(started), timeProvider, cancellationToken);
        var context = ResilienceContextPool.Shared.Get(rest.Token);
        try
        {
            var state = new RetryState(this, request, first, started, cancellationToken);
            var outcome = await resolved.Pipeline.ExecuteOutcomeAsync(static (_, state) => state.NextAttemptAsync(), context, state).ConfigureAwait(false);
            Verdict verdict;
            if (outcome.Exception is { } exception)
            {
                // Only a cancellation ends the pipeline without a verdict: the caller's passes through, the total's is its timeout.
                if (exception is not OperationCanceledException || cancellationToken.IsCancellationRequested || !rest.Token.IsCancellationRequested)
                {
                    ExceptionDispatchInfo.Throw(exception);
                }

                verdict = Verdict.Of(ResponseClassifier.TimedOut(total: true, exception));
            }
            else
            {
                verdict = outcome.Result;
            }

            // The time ran out (in a backoff, or in an attempt after it) once the server had answered: what it answered
            // (a 503 and its message) says more than "no answer in time", which would not be true.
            return verdict.Failure?.Kind == FailureKind.TotalTimeout && state.Answered is { } answered ? answered : verdict;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// One attempt: send, following redirects within the request's origin (the key stays on its host; one
    /// elsewhere, or one hop too many, is handed to the classifier unfollowed), read the body within the same
    /// time, and classify. Only the caller's cancellation is thrown; every other end is a verdict. A ValueTask: an
    /// attempt that completes at once allocates no task.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Verdict> AttemptAsync(HttpRequestMessage request, long started, CancellationToken cancellationToken)
    {
        var left = totalTimeout - timeProvider.GetElapsedTime(started);
        var total = left <= attemptTimeout;
        var attempt = AttemptCancellation.Start(total ? left : attemptTimeout, timeProvider, cancellationToken);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
            var sent = request;
            for (var hop = 0; hop < ToApisDefaults.MaxRedirects && SameOriginRedirect.Target(sent, response) is { } target; hop++)
            {
                response.Dispose();
                sent = SameOriginRedirect.Follow(sent, target);
                response = await base.SendAsync(sent, attempt.Token).ConfigureAwait(false);
            }

            var body = await CappedBody.ReadAsync(response.Content, attempt.Token).ConfigureAwait(false);
            Verdict verdict;
            try
            {
                verdict = classifier.Classify(sent, response, body, IsAccountCall(request), started);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(body.Buffer);
                throw;
            }

            if (verdict.Failure is not null)
            {
                // A failure keeps nothing of its response: the verdict already holds what its exception will say.
                ArrayPool<byte>.Shared.Return(body.Buffer);
                response.Dispose();
            }

            return verdict;
        }
        catch (OperationCanceledException e) when (attempt.Token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            return Verdict.Of(ResponseClassifier.TimedOut(total, e));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            return Verdict.Of(ResponseClassifier.Unanswered(e));
        }
        catch
        {
            response?.Dispose();
            throw;
        }
        finally
        {
            attempt.Dispose();
        }
    }

    /// <summary>
    /// Whether the call asks for the account's balance: its path (as Refit built it from <see cref="IToApisBalanceApi"/>,
    /// before any redirect) ends like <c>GET /v1/user/balance</c>.
    /// </summary>
    private static bool IsAccountCall(HttpRequestMessage request) =>
        request.RequestUri!.OriginalString.EndsWith(IToApisBalanceApi.UserBalancePath, StringComparison.Ordinal);

    /// <summary>What the pipeline's executions need: the first verdict, handed back once, then fresh attempts.</summary>
    private sealed class RetryState(ResilientCallHandler handler, HttpRequestMessage request, Verdict first, long started, CancellationToken cancellationToken)
    {
        private int attempts;

        /// <summary>Gets the latest failure the server answered (one with a status), or <see langword="null"/>.</summary>
        public Verdict? Answered { get; private set; } = first.Failure?.Details.StatusCode is null ? null : first;

        public async ValueTask<Outcome<Verdict>> NextAttemptAsync()
        {
            if (++attempts == 1)
            {
                return Outcome.FromResult(first);
            }

            handler.telemetry.Retried(IsAccountCall(request), attempts);
            try
            {
                var verdict = await handler.AttemptAsync(request, started, cancellationToken).ConfigureAwait(false);
                if (verdict.Failure?.Details.StatusCode is not null)
                {
                    Answered = verdict;
                }

                return Outcome.FromResult(verdict);
            }
            catch (Exception e)
            {
                return Outcome.FromException<Verdict>(e);
            }
        }
    }
}
