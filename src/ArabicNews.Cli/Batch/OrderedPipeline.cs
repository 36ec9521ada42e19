using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ArabicNews.Cli.Batch;

/// <summary>Maps a stream of items on several threads and hands the results over strictly in input order.</summary>
/// <remarks>
/// A bounded window of in-flight items: at most <c>4 × parallelism</c> items are started and not yet consumed, and
/// at most <c>parallelism</c> of them run at once. The caller's thread enumerates the source and consumes the
/// results, so neither needs to be thread-safe, and memory is bounded by the window whatever the number of items.
/// When consuming fails (standard output closed, say), no more items are read, the items that have not started are
/// not mapped, and the exception propagates once the items already running are done.
/// </remarks>
internal static class OrderedPipeline
{
    /// <summary>How many items may wait, finished or not, per worker.</summary>
    internal const int WindowPerWorker = 4;

    /// <summary>Runs <paramref name="map"/> over <paramref name="source"/> and <paramref name="consume"/> over the results, in order.</summary>
    /// <typeparam name="TSource">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The items, enumerated once, lazily, on the caller's thread.</param>
    /// <param name="map">The work for one item; runs on the thread pool when <paramref name="parallelism"/> is over 1.</param>
    /// <param name="consume">Receives each result in the order of <paramref name="source"/>, on the caller's thread.</param>
    /// <param name="parallelism">How many items are mapped at once (1 maps on the caller's thread).</param>
    public static void Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, Action<TResult> consume, int parallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        if (parallelism == 1)
        {
            foreach (TSource item in source)
            {
                consume(map(item));
            }

            return;
        }

        int capacity = parallelism * WindowPerWorker;
        var window = new Queue<Task<TResult>>(capacity);
        using var workers = new SemaphoreSlim(parallelism, parallelism);
        using var stop = new CancellationTokenSource();
        try
        {
            foreach (TSource item in source)
            {
                if (window.Count == capacity)
                {
                    consume(window.Dequeue().GetAwaiter().GetResult());
                }

                window.Enqueue(Task.Run(async () =>
                {
                    await workers.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        return stop.IsCancellationRequested ? default! : map(item);
                    }
                    finally
                    {
                        workers.Release();
                    }
                }));
            }

            while (window.Count > 0)
            {
                consume(window.Dequeue().GetAwaiter().GetResult());
            }
        }
        finally
        {
            // When consuming failed (say, the output pipe closed), skip the items not yet started and let the running
            // ones finish before the semaphore they use is disposed; their own failures are not the one to report.
            stop.Cancel();
            ((Task)Task.WhenAll(window)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }
}
