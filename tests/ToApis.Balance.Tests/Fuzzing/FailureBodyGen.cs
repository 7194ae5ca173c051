using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Failure bodies: OpenAI-style error objects, business failures, bare messages, HTML pages, empty bodies.</summary>
internal static class FailureBodyGen
{
    public static readonly Gen<string> Code = Gen.OneOf(
        "401", "402", "403", "404", "408", "429", "500", "501", "502", "503", "504", "505", "520", "524", "525", "418", "400", "200", "0", "-1",
        "99999999999", "401.0", "4.01e2", "\"401\"", "\"402\"", "\"429\"", "\"503\"", "\"501\"", "\"\"", "\"abc\"", "\" 401\"", "\"4 01\"", "null", "true", "{}");

    public static readonly Gen<string> Type = Gen.OneOf(
        "authentication_error", "invalid_api_key", "permission_error", "permission_denied", "insufficient_quota", "not_found_error",
        "rate_limit_error", "rate_limit_exceeded", "server_error", "api_error", "service_unavailable", "new_api_error", "invalid_request_error",
        " Rate_Limit_Error ", "AUTHENTICATION_ERROR", "", "x").Select(JsonGen.Quote);

    /// <summary>An error object whose code, message and type are each present or not.</summary>
    public static readonly Gen<string> ErrorObject = Gen.Select(
        Gen.Frequency((3, Code.Select(c => (string?)$"\"code\": {c}")), (1, Gen.Const((string?)null))),
        Gen.Frequency((3, MessageGen.Message.Select(m => (string?)$"\"message\": {m}")), (1, Gen.Const((string?)null))),
        Gen.Frequency((3, Type.Select(t => (string?)$"\"type\": {t}")), (1, Gen.Const((string?)null))),
        (code, message, type) => "{" + string.Join(", ", new[] { code, message, type }.OfType<string>()) + "}");

    public static readonly Gen<string> Success = Gen.OneOf("false", "\"false\"", "0", "\"0\"", "\"False \"", "true", "null");

    public static readonly Gen<JsonFields> Json = Gen.OneOf(
        ErrorObject.Select(e => new JsonFields([("error", e)])),
        Gen.Select(Success, MessageGen.Message, (s, m) => new JsonFields([("success", s), ("message", m)])),
        MessageGen.Message.Select(m => new JsonFields([("message", m)])),
        Gen.Select(ErrorObject, MessageGen.Message, (e, m) => new JsonFields([("success", "false"), ("message", m), ("error", e)])));

    /// <summary>Any failure body, JSON or not.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (8, BodyGen.Bytes(Json)),
        (1, Gen.OneOf(DocumentedBodies.HtmlBadGateway, string.Empty, "Bad Gateway", "null", "[]").Select(System.Text.Encoding.UTF8.GetBytes)));
}
