using Refit;

namespace ToApis.Balance.Benchmarks;

/// <summary>What users write today: a Refit interface returning the DTO, its client made by Refit's source generator.</summary>
public interface IRefitBalanceApi
{
    [Get(BenchmarkBody.UserPath)]
    Task<BalanceDto> GetUserBalanceAsync(CancellationToken cancellationToken = default);
}
