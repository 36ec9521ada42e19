using System;
using System.Collections.Generic;
using System.IO;
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
    public void AFailingItemIsReportedInInputOrderAfterEveryEarlierResult()
    {
        var results = new List<int>();
        Action run = () => OrderedPipeline.Run(Enumerable.Range(0, 500), static i =>
        {
            Thread.Sleep(i % 3);
            return i == 30 ? throw new FormatException("item 30") : i;
        }, results.Add, parallelism: 2);
        run.Should().Throw<FormatException>().WithMessage("item 30");
        results.Should().Equal(Enumerable.Range(0, 30));
    }

    [Fact]
    public void ASourceThatFailsOnAWorkerFailsTheCallerNotTheProcess()
    {
        static IEnumerable<int> Source()
        {
            for (int i = 0; i < 50; i++)
            {
                yield return i;
            }

            throw new IOException("the disk went away");
        }

        var results = new List<int>();
        Action run = () => OrderedPipeline.Run(Source(), static i =>
        {
            Thread.Sleep(1);
            return i;
        }, results.Add, parallelism: 2);
        run.Should().Throw<IOException>().WithMessage("the disk went away");
        results.Should().Equal(Enumerable.Range(0, results.Count)).And.HaveCountLessThanOrEqualTo(50);
    }

    [Fact]
    public void TheCallersThreadIsOneOfTheWorkers()
    {
        int caller = Environment.CurrentManagedThreadId;
        var threads = new List<int>();
        OrderedPipeline.Run(Enumerable.Range(0, 400), static _ =>
        {
            Thread.Sleep(1);
            return Environment.CurrentManagedThreadId;
        }, threads.Add, parallelism: 2);
        threads.Should().Contain(caller, "the caller maps items too, so -j 2 runs two threads, not three");
        threads.Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void ParallelismBelowOneIsRejected() =>
        FluentActions.Invoking(() => OrderedPipeline.Run([1], static i => i, static _ => { }, 0)).Should().Throw<ArgumentOutOfRangeException>();
}
