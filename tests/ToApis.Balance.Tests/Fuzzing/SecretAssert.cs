namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>The key body (what follows <c>sk-</c>) appears in no text reachable from a ToApisException.</summary>
internal static class SecretAssert
{
    public static void NoKeyIn(ToApisException error, string apiKey)
    {
        var keyBody = apiKey["sk-".Length..];
        var texts = new List<(string Where, string? Text)>
        {
            ("Message", error.Message),
            ("ToString()", error.ToString()),
            ("ServerMessage", error.ServerMessage),
            ("ErrorType", error.ErrorType),
            ("RequestId", error.RequestId),
            ("BodyExcerpt", (error as ToApisInvalidResponseException)?.BodyExcerpt),
        };
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            texts.Add(($"InnerException {inner.GetType().Name}.ToString()", inner.ToString()));
        }

        var leaks = texts.Where(t => t.Text?.Contains(keyBody, StringComparison.Ordinal) == true).ToList();
        if (leaks.Count > 0)
        {
            var first = leaks[0].Text!;
            var at = first.IndexOf(keyBody, StringComparison.Ordinal);
            var around = first.Substring(Math.Max(0, at - 60), Math.Min(first.Length - Math.Max(0, at - 60), keyBody.Length + 120));
            throw new FuzzMismatch(
                $"key leaks through {string.Join(", ", leaks.Select(l => l.Where.Split(' ')[0]))} of {error.GetType().Name}",
                $"The key body {keyBody} leaks through {string.Join(", ", leaks.Select(l => l.Where))} of {error.GetType().Name} (StatusCode {error.StatusCode}); first leak in context: …{around}…");
        }
    }
}
