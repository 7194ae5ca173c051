namespace ToApis.Balance.Internal;

/// <summary>
/// A remaining figure and the most it can be: the amount itself when known; of a key and its account where one side
/// did not report the figure, the other side's amount (the effective figure can only be smaller).
/// </summary>
/// <param name="Value">The figure: limited, unlimited, or not reported.</param>
/// <param name="AtMost">The upper bound, or <see langword="null"/> when unlimited or unbounded.</param>
internal readonly record struct FigureBound(Quota Value, decimal? AtMost)
{
    public FigureBound(Quota value)
        : this(value, value.Amount)
    {
    }

    /// <summary>The smaller of two sides, unlimited being larger than any amount; on equal amounts, the first.</summary>
    public static FigureBound Smaller(FigureBound first, FigureBound second)
    {
        if (!first.Value.IsReported || !second.Value.IsReported)
        {
            // Unknown, but bounded by whatever amount either side gave.
            var bound = (first.AtMost, second.AtMost) switch
            {
                ({ } a, { } b) => Math.Min(a, b),
                var (a, b) => a ?? b,
            };
            return new(Quota.NotReported, bound);
        }

        if (first.Value.IsUnlimited)
        {
            return second;
        }

        return second.Value.IsUnlimited || first.Value.Amount <= second.Value.Amount ? first : second;
    }

    /// <summary>
    /// Crossed where <paramref name="range"/> alerts, clear where it does not or when unlimited. A figure known only
    /// by its upper bound is crossed when every value up to the bound alerts, clear when none does, else unknown.
    /// </summary>
    public ThresholdState Judge(AlertRange range)
    {
        if (Value.IsUnlimited)
        {
            return ThresholdState.Clear;
        }

        if (Value.Amount is { } amount)
        {
            return range.Alerts(amount) ? ThresholdState.Crossed : ThresholdState.Clear;
        }

        return AtMost is not { } most ? ThresholdState.Unknown
            : range.AlertsAtOrBelow(most) ? ThresholdState.Crossed
            : range.ClearAtOrBelow(most) ? ThresholdState.Clear
            : ThresholdState.Unknown;
    }
}
