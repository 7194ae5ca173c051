using System.Text.Json;
using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>The messages of failures the factory words itself: a failed call, a body over the cap, an unreadable body's reason.</summary>
public sealed class ToApisErrorFactoryMessageTests
{
    private readonly ToApisErrorFactory factory = ErrorFactories.For("https://balance.example/");

    [Fact]
    public void Create_Failed_SaysTheCallFailed()
    {
        var exception = factory.Create(new Failure(FailureKind.Failed, new FailureDetails(418, null, "teapot", null, null), Retryable: false));

        Assert.Equal("The ToAPIs call failed (HTTP 418): teapot.", exception.Message);
    }

    [Fact]
    public void Create_TooLarge_SaysTheCap()
    {
        var exception = factory.Create(new Failure(FailureKind.TooLarge, new FailureDetails(200, null, null, null, null), Retryable: false));

        Assert.Equal($"ToAPIs at https://balance.example answered HTTP 200 with a body over {64 * 1024} bytes, which is not a balance.", exception.Message);
    }

    [Fact]
    public void Create_UnreadableWithAReasonAndACause_TheReasonIsGiven()
    {
        var failure = new Failure(FailureKind.Unreadable, new FailureDetails(200, null, null, null, null), Retryable: false)
        {
            Excerpt = "{?}", Reason = " (not valid UTF-8)", Cause = new JsonException("x", "$.remain_balance", null, null),
        };

        Assert.Equal("ToAPIs at https://balance.example answered HTTP 200 with a body that is not a balance (not valid UTF-8): \"{?}\".", factory.Create(failure).Message);
    }

    [Fact]
    public void Create_UnreadableWithACauseOnly_TheCauseIsDescribed()
    {
        var failure = new Failure(FailureKind.Unreadable, new FailureDetails(200, null, null, null, null), Retryable: false)
        {
            Excerpt = "{}", Cause = new JsonException("x", "$.remain_balance", null, null),
        };

        Assert.Equal("ToAPIs at https://balance.example answered HTTP 200 with a body that is not a balance ('remain_balance' is not a number a decimal can hold): \"{}\".", factory.Create(failure).Message);
    }
}
