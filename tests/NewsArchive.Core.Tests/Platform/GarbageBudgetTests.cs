using System;
using NewsArchive.Core.Platform;
using Xunit;

namespace NewsArchive.Core.Tests.Platform;

/// <summary>The budget over a fake allocation counter and collector: when it collects, and when the runtime's own
/// collections make that unnecessary.</summary>
public sealed class GarbageBudgetTests
{
    private const long Budget = 1000;

    private long _allocated = 5000;
    private int _collections = 7;
    private int _induced;

    private GarbageBudget NewBudget() => new(Budget, () => _allocated, () => _collections, () =>
    {
        _induced++;
        _collections++;
    });

    [Fact]
    public void CollectsOnlyOnceTheBudgetIsSpent()
    {
        var budget = NewBudget();
        _allocated += Budget - 1;
        Assert.False(budget.Spend());
        _allocated += 1;
        Assert.True(budget.Spend());
        Assert.Equal(1, _induced);
    }

    [Fact]
    public void TheBudgetStartsAgainAfterItsOwnCollection()
    {
        var budget = NewBudget();
        _allocated += Budget;
        Assert.True(budget.Spend());
        _allocated += Budget / 2;
        Assert.False(budget.Spend());
        _allocated += Budget / 2;
        Assert.True(budget.Spend());
        Assert.Equal(2, _induced);
    }

    [Fact]
    public void ACollectionTheRuntimeMadeStartsTheBudgetAgain()
    {
        var budget = NewBudget();
        _allocated += Budget * 3;
        _collections++;
        Assert.False(budget.Spend());
        _allocated += Budget - 1;
        Assert.False(budget.Spend());
        Assert.Equal(0, _induced);
    }

    [Fact]
    public void ABudgetOfNothingIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GarbageBudget(0, () => 0, () => 0, () => { }));

    [Fact]
    public void TheProcessBudgetReadsThisProcessesAllocations()
    {
        // The reflection that binds GC.GetTotalAllocatedBytes must find it on the runtime the tests run on.
        var budget = GarbageBudget.Process;
        Assert.Equal(GarbageBudget.DefaultBytes, budget.Bytes);
        budget.Spend();
        var collectionsBefore = GC.CollectionCount(0);
        GC.KeepAlive(new byte[GarbageBudget.DefaultBytes]);
        // Either the budget collects, or the runtime did while the array was allocated (then the budget need not).
        Assert.True(budget.Spend() || GC.CollectionCount(0) != collectionsBefore);
    }
}
