using System.Text;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class FailureMessagesTests
{
    [Theory]
    [InlineData("""{"success": false, "message": "x"}""")]
    [InlineData("""{"success":false}""")]
    [InlineData("{ \"message\": \"x\", \"success\" :\n\tfalse }")]
    [InlineData("""{"success": "false"}""")]
    [InlineData("""{"success": False}""")]
    [InlineData("""{"success": 0}""")]
    [InlineData("""{"error": {"message": "Failed to get used quota"}}""")]
    [InlineData("""{"message": "Failed to get used quota"}""")]
    public void MayBeFailure_SuccessFalseErrorOrMessage_True(string body)
    {
        Assert.True(FailureMessages.MayBeFailure(Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData("""{"success": true, "remain_balance": 100.0, "unlimited_quota": false}""")]
    [InlineData("""{"remain_balance": 1, "unlimited_quota": false}""")]
    [InlineData("""{"success": 1}""")]
    [InlineData("""{"success"}""")]
    [InlineData("""{"success":""")]
    [InlineData("")]
    public void MayBeFailure_PlainBalance_False(string body)
    {
        Assert.False(FailureMessages.MayBeFailure(Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData("Failed to get used quota")]
    [InlineData("failed to get used quota: driver: bad connection")]
    [InlineData("获取已使用额度失败")]
    public void IsTransientBusinessFailure_UsedQuotaMessage_True(string message)
    {
        Assert.True(FailureMessages.IsTransientBusinessFailure(message));
    }

    [Theory]
    [InlineData("Failed to get user quota")]
    [InlineData("获取用户额度失败")]
    [InlineData(null)]
    public void IsTransientBusinessFailure_OtherMessage_False(string? message)
    {
        Assert.False(FailureMessages.IsTransientBusinessFailure(message));
    }
}
