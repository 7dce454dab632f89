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
        // The reflection that binds GC.GetTotalAllocatedBytes must find it on the runtime the tests run on. A budget of its
        // own (not GarbageBudget.Process, which tests running in parallel spend too) over the same counters.
        Assert.Equal(GarbageBudget.DefaultBytes, GarbageBudget.Process.Bytes);
        var collectionsBefore = GC.CollectionCount(0);
        var induced = 0;
        var budget = GarbageBudget.ForThisProcess(GarbageBudget.DefaultBytes, () => induced++);
        // Twice the budget: the counter is read without precision (a thread's allocation context counts when handed out).
        GC.KeepAlive(new byte[2 * GarbageBudget.DefaultBytes]);
        // Either the budget is spent, or the runtime collected by itself meanwhile (which restarts the budget).
        Assert.True(budget.Spend() ? induced == 1 : GC.CollectionCount(0) != collectionsBefore);
    }
}
