using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace ArabicNews.Cli.Batch;

/// <summary>
/// The shared state of one <see cref="OrderedPipeline.Run"/>: the source, a ring of results waiting for their turn, and
/// what has been taken and consumed. Every worker runs <see cref="Work"/>; one lock guards the source, the ring and the
/// consumer, and is held only to take an item or to commit results, never while an item is mapped.
/// </summary>
/// <typeparam name="TSource">The item type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class OrderedBatch<TSource, TResult> : IDisposable
{
    private readonly object _gate = new();
    private readonly IEnumerator<TSource> _source;
    private readonly Func<TSource, TResult> _map;
    private readonly Action<TResult> _consume;
    private readonly Outcome[] _ring;
    private long _taken;
    private long _consumed;
    private bool _stopped;
    private bool _exhausted;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Initializes the batch.</summary>
    /// <param name="source">The items.</param>
    /// <param name="map">The work for one item.</param>
    /// <param name="consume">Receives the results in order.</param>
    /// <param name="window">How many items may be taken and not yet consumed.</param>
    public OrderedBatch(IEnumerable<TSource> source, Func<TSource, TResult> map, Action<TResult> consume, int window)
    {
        _source = source.GetEnumerator();
        _map = map;
        _consume = consume;
        _ring = new Outcome[window];
    }

    /// <summary>Takes items and maps them until the source is exhausted or the batch stops.</summary>
    public void Work()
    {
        while (TryTake(out TSource item, out long sequence))
        {
            TResult result = default!;
            ExceptionDispatchInfo? failure = null;
            if (!Volatile.Read(ref _stopped))
            {
                try
                {
                    result = _map(item);
                }
#pragma warning disable CA1031 // The failure belongs to the caller: it is rethrown there, in input order.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            }

            Commit(sequence, result, failure);
        }
    }

    /// <summary>Rethrows the first failure of a map or of the consumer, if any.</summary>
    public void ThrowIfFailed() => _failure?.Throw();

    /// <inheritdoc />
    public void Dispose() => _source.Dispose();

    private bool TryTake(out TSource item, out long sequence)
    {
        item = default!;
        sequence = -1;
        lock (_gate)
        {
            while (!_stopped && !_exhausted && _taken - _consumed >= _ring.Length)
            {
                Monitor.Wait(_gate);
            }

            if (_stopped || _exhausted)
            {
                return false;
            }

            try
            {
                _exhausted = !_source.MoveNext();
            }
#pragma warning disable CA1031 // Rethrown on the caller's thread by ThrowIfFailed.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Stop(ExceptionDispatchInfo.Capture(exception));
                return false;
            }

            if (_exhausted)
            {
                Monitor.PulseAll(_gate);
                return false;
            }

            item = _source.Current;
            sequence = _taken++;
            return true;
        }
    }

    private void Commit(long sequence, TResult result, ExceptionDispatchInfo? failure)
    {
        lock (_gate)
        {
            _ring[sequence % _ring.Length] = new Outcome(result, failure, Done: true);
            while (_failure is null && _ring[_consumed % _ring.Length] is { Done: true } next)
            {
                _ring[_consumed % _ring.Length] = default;
                try
                {
                    next.Failure?.Throw();
                    _consume(next.Result);
                    _consumed++;
                }
#pragma warning disable CA1031 // Rethrown on the caller's thread by ThrowIfFailed.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    Stop(ExceptionDispatchInfo.Capture(exception));
                }
            }

            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Records the batch's failure and stops it: no more items are taken, and those taken are not mapped. Under the lock.</summary>
    private void Stop(ExceptionDispatchInfo failure)
    {
        _failure ??= failure;
        Volatile.Write(ref _stopped, true);
        Monitor.PulseAll(_gate);
    }

    private readonly record struct Outcome(TResult Result, ExceptionDispatchInfo? Failure, bool Done);
}
