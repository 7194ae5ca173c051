using System.Net;

namespace ToApis.Balance.Internal;

/// <summary>
/// The body of a response once read and classified inside its attempt: either the balance it holds or the
/// failure it stands for, and whether that failure is worth another attempt. The retry policy and the client
/// both read the decision from here, so it is made once.
/// </summary>
internal sealed class ClassifiedContent : HttpContent
{
    private readonly ReadOnlyMemory<byte> body;

    private ClassifiedContent(ReadOnlyMemory<byte> body, BalanceResponse? balance, ToApisException? failure, bool retryable)
    {
        this.body = body;
        Balance = balance;
        Failure = failure;
        Retryable = retryable;
    }

    /// <summary>The balance the server sent, when the response is one.</summary>
    public BalanceResponse? Balance { get; }

    /// <summary>The failure the response stands for, or <see langword="null"/> for a balance.</summary>
    public ToApisException? Failure { get; }

    /// <summary>Whether another attempt may succeed (a transient failure whose <c>Retry-After</c> fits).</summary>
    public bool Retryable { get; }

    public static ClassifiedContent Succeeded(ReadOnlyMemory<byte> body, BalanceResponse balance) => new(body, balance, failure: null, retryable: false);

    public static ClassifiedContent Failed(ReadOnlyMemory<byte> body, ToApisException failure, bool retryable) => new(body, balance: null, failure, retryable);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
