using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class FailureMessagesTests
{
    [Theory]
    [InlineData("No Authorization header")]
    [InlineData("无Authorization头")]
    [InlineData("Failed to get token info: record not found")]
    [InlineData("获取令牌信息失败: record not found")]
    [InlineData("Failed to get user quota")]
    [InlineData("获取用户额度失败")]
    [InlineData("Invalid token")]
    [InlineData("无效的令牌")]
    [InlineData("未提供令牌")]
    [InlineData("身份验证失败，请检查您的API密钥")]
    public void IsAuthenticationFailure_DocumentedKeyOrUserMessage_True(string message)
    {
        Assert.True(FailureMessages.IsAuthenticationFailure(message));
    }

    [Theory]
    [InlineData("system busy, please retry later")]
    [InlineData("Failed to get used quota")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData(null)]
    public void IsAuthenticationFailure_AnyOtherMessage_False(string? message)
    {
        Assert.False(FailureMessages.IsAuthenticationFailure(message));
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
