using System.Text.Json;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// The floor: the call a user could write by hand, an <see cref="HttpClient"/> GET that returns at the headers, its body
/// streamed into source-generated JSON.
/// </summary>
internal sealed class FloorClient(HttpClient httpClient)
{
    public async Task<BalanceDto?> GetUserBalanceAsync(CancellationToken cancellationToken = default)
    {
        using var response = await httpClient.GetAsync(BenchmarkBody.UserPath, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, FloorJsonContext.Default.BalanceDto, cancellationToken).ConfigureAwait(false);
        }
    }
}
