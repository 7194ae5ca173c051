using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// The response classifier on its own, on a fake clock: one response in, its verdict out, with no network. Options:
/// a 10 s cap on <c>Retry-After</c> and a 30 s budget.
/// </summary>
internal sealed class Classifier
{
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public FakeTimeProvider Time { get; } = new();

    /// <summary>Classifies <paramref name="body"/> sent with <paramref name="status"/>, for a call started at <paramref name="started"/> (else now).</summary>
    public Verdict Classify(int status, string body, TimeSpan? retryAfter = null, long? started = null)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://localhost/v1/balance"),
        };
        if (retryAfter is { } delta)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(delta);
        }

        var classifier = new ResponseClassifier(
            new SecretScrubber(TestServer.ApiKey),
            Time,
            new ToApisBalanceClientOptions { ApiKey = TestServer.ApiKey, MaxRetryAfter = Cap, TotalTimeout = Budget });

        // As the client reads it: a pooled buffer, which a balance's content returns when disposed.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetByteCount(body)));
        var length = Encoding.UTF8.GetBytes(body, buffer);
        var verdict = classifier.Classify(response.RequestMessage, response, new CappedBody(buffer, length, Complete: true), account: false, started ?? Time.GetTimestamp());
        if (verdict.Failure is null)
        {
            // A balance: the response (disposed on return) carried it as its content.
            Assert.IsType<ClassifiedContent>(verdict.Response!.Content);
        }

        return verdict;
    }
}
