using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

/// <summary>The bound of a figure not reported: the smaller of what each side allows, or the one side's bound.</summary>
public sealed class FigureBoundTests
{
    [Fact]
    public void Smaller_TwoUnreportedFiguresWithBounds_TheSmallerBound()
    {
        var smaller = FigureBound.Smaller(new FigureBound(Quota.NotReported, 5m), new FigureBound(Quota.NotReported, 3m));

        Assert.Equal(new FigureBound(Quota.NotReported, 3m), smaller);
    }

    [Fact]
    public void Smaller_UnreportedWithABoundAndALimitedFigure_NotReportedBoundByTheSmallerAmount()
    {
        var smaller = FigureBound.Smaller(new FigureBound(Quota.NotReported, 2m), new FigureBound(Quota.Limited(7m)));

        Assert.Equal(new FigureBound(Quota.NotReported, 2m), smaller);
    }
}
