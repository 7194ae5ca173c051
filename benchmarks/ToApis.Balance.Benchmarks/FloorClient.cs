using System.Net.Http.Json;

namespace ToApis.Balance.Benchmarks;

/// <summary>The floor: the call a user could write by hand, an <see cref="HttpClient"/> GET read by source-generated JSON.</summary>
internal sealed class FloorClient(HttpClient httpClient)
{
    public Task<BalanceDto?> GetUserBalanceAsync(CancellationToken cancellationToken = default) =>
        httpClient.GetFromJsonAsync(BenchmarkBody.UserPath, FloorJsonContext.Default.BalanceDto, cancellationToken);
}
