using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Server messages as JSON strings: the documented ones (English and Chinese), others, blanks, random text.</summary>
internal static class MessageGen
{
    public static readonly Gen<string> Message = Gen.Frequency(
        (3, Gen.OneOf(
            "No Authorization header", "无Authorization头", "Failed to get token info: record not found", "获取令牌信息失败: record not found",
            "Failed to get user quota", "获取用户额度失败", "Failed to get used quota", "获取已使用额度失败", "Invalid token", "无效的令牌", "未提供令牌",
            "Invalid token (request id: 2025112412000012345)", "system busy", "quota exceeded", "", "   ", "<text>", "Bearer abc").Select(JsonGen.Quote)),
        (1, Gen.Char["abcdefghij XYZ0123"].Array[1, 20].Select(c => JsonGen.Quote(new string(c)))));
}
