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

    public static readonly Uri FirstSentTo = new("http://first.example/v1/balance");

    public FakeTimeProvider Time { get; } = new();

    /// <summary>Classifies <paramref name="body"/> sent with <paramref name="status"/>, for a call started at <paramref name="started"/> (else now).</summary>
    public Verdict Classify(int status, string body, TimeSpan? retryAfter = null, long? started = null) =>
        Classify(status, Encoding.UTF8.GetBytes(body), retryAfter, started);

    /// <summary>Classifies the raw <paramref name="body"/> sent with <paramref name="status"/>.</summary>
    /// <remarks>The attempt sent its request to <c>http://localhost/v1/balance</c>; the call had first sent it to <see cref="FirstSentTo"/> (a redirect it followed).</remarks>
    public Verdict Classify(int status, byte[] body, TimeSpan? retryAfter = null, long? started = null, string? location = null)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new ByteArrayContent(body),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://localhost/v1/balance"),
        };
        if (location is not null)
        {
            response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        }

        if (retryAfter is { } delta)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(delta);
        }

        var classifier = new ResponseClassifier(
            new SecretScrubber(TestServer.ApiKey),
            Time,
            new ToApisBalanceClientOptions { ApiKey = TestServer.ApiKey, MaxRetryAfter = Cap, TotalTimeout = Budget });

        // As the client reads it: a pooled buffer, which a balance's content returns when disposed.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, body.Length));
        body.CopyTo(buffer, 0);
        using var first = new HttpRequestMessage(HttpMethod.Get, FirstSentTo);
        var verdict = classifier.Classify(first, response, new CappedBody(buffer, body.Length, Complete: true), account: false, started ?? Time.GetTimestamp());
        if (verdict.Failure is null)
        {
            // A balance: the response (disposed on return) carried it as its content.
            Assert.IsType<ClassifiedContent>(verdict.Response!.Content);
        }

        return verdict;
    }
}
