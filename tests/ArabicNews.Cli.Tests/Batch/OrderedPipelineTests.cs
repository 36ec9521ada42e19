using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArabicNews.Cli.Batch;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Batch;

public sealed class OrderedPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void ResultsArriveInInputOrderWhateverOrderTheyFinishIn(int parallelism)
    {
        var results = new List<int>();
        OrderedPipeline.Run(Enumerable.Range(0, 200), static i =>
        {
            Thread.Sleep((i * 7919) % 5);
            return i * 2;
        }, results.Add, parallelism);
        results.Should().Equal(Enumerable.Range(0, 200).Select(static i => i * 2));
    }

    [Fact]
    public void AtMostParallelismItemsRunAtOnceAndTheWindowIsBounded()
    {
        const int Parallelism = 3;
        int running = 0;
        int maxRunning = 0;
        int enumerated = 0;
        int consumed = 0;
        int maxAhead = 0;

        IEnumerable<int> Source()
        {
            for (int i = 0; i < 300; i++)
            {
                // The source is pulled lazily: never more than the window ahead of what was consumed.
                maxAhead = Math.Max(maxAhead, enumerated - consumed);
                enumerated++;
                yield return i;
            }
        }

        OrderedPipeline.Run(Source(), i =>
        {
            int now = Interlocked.Increment(ref running);
            int seen;
            do
            {
                seen = Volatile.Read(ref maxRunning);
            }
            while (now > seen && Interlocked.CompareExchange(ref maxRunning, now, seen) != seen);

            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return i;
        }, _ => consumed++, Parallelism);

        consumed.Should().Be(300);
        maxRunning.Should().BeInRange(1, Parallelism);
        maxAhead.Should().BeInRange(1, Parallelism * OrderedPipeline.WindowPerWorker);
    }

    [Fact]
    public void OneWorkerRunsOnTheCallersThread()
    {
        int caller = Environment.CurrentManagedThreadId;
        var threads = new List<int>();
        OrderedPipeline.Run([1, 2, 3], _ => Environment.CurrentManagedThreadId, threads.Add, parallelism: 1);
        threads.Should().Equal(caller, caller, caller);
    }

    [Fact]
    public void AFailingConsumerStopsTheBatchAfterTheStartedItemsFinish()
    {
        int mapped = 0;
        Action run = () => OrderedPipeline.Run(Enumerable.Range(0, 1000), i => Interlocked.Increment(ref mapped), static _ => throw new InvalidOperationException("pipe closed"), parallelism: 2);
        run.Should().Throw<InvalidOperationException>().WithMessage("pipe closed");
        Volatile.Read(ref mapped).Should().BeLessThanOrEqualTo(2 * OrderedPipeline.WindowPerWorker + 1);
    }

    [Fact]
    public void ParallelismBelowOneIsRejected() =>
        FluentActions.Invoking(() => OrderedPipeline.Run([1], static i => i, static _ => { }, 0)).Should().Throw<ArgumentOutOfRangeException>();
}
