using Microsoft.Extensions.Options;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>Checks the ranges declared on <see cref="BalanceMonitorOptions"/>, without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class BalanceMonitorOptionsAttributeValidator : IValidateOptions<BalanceMonitorOptions>;
