using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Running;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// The benchmarks of one class with one set of <c>[Params]</c>: its naive baseline and its guarded benchmarks (not
/// its ceilings), on one instance set up as BenchmarkDotNet sets one up (parameters, then <c>[GlobalSetup]</c>;
/// <c>[GlobalCleanup]</c> on <see cref="Dispose"/>), each callable as a delegate.
/// </summary>
internal sealed class GuardGroup : IDisposable
{
    private readonly object _instance;
    private readonly BenchmarkCase _first;

    private GuardGroup(IReadOnlyList<BenchmarkCase> cases)
    {
        _first = cases[0];
        Baseline = cases.Single(c => c.Descriptor.Baseline);
        Guarded = [.. cases.Where(GuardMeasurements.IsGuarded)];
        Type type = _first.Descriptor.Type;
        _instance = Activator.CreateInstance(type)!;
        foreach (ParameterInstance parameter in _first.Parameters.Items)
        {
            if (type.GetProperty(parameter.Name) is { } property)
            {
                property.SetValue(_instance, parameter.Value);
            }
            else
            {
                type.GetField(parameter.Name)!.SetValue(_instance, parameter.Value);
            }
        }

        _first.Descriptor.GlobalSetupMethod?.Invoke(_instance, null);
    }

    /// <summary>Gets the naive baseline.</summary>
    public BenchmarkCase Baseline { get; }

    /// <summary>Gets the benchmarks the guard judges, in the class's order.</summary>
    public IReadOnlyList<BenchmarkCase> Guarded { get; }

    /// <summary>
    /// Sets up the groups of <paramref name="type"/> one at a time, as they are enumerated (only one group's data
    /// is alive at a time if each is disposed before the next is taken).
    /// </summary>
    /// <param name="type">A benchmark class with one <c>[Benchmark(Baseline = true)]</c>.</param>
    /// <returns>One group per set of parameters, in BenchmarkDotNet's order.</returns>
    public static IEnumerable<GuardGroup> Of(Type type)
    {
        BenchmarkCase[] cases = BenchmarkConverter.TypeToBenchmarks(type).BenchmarksCases;
        foreach (IGrouping<string, BenchmarkCase> group in cases.GroupBy(c => c.Parameters.FolderInfo, StringComparer.Ordinal))
        {
            yield return new GuardGroup([.. group]);
        }
    }

    /// <summary>Returns a delegate that runs <paramref name="benchmark"/> once on this group's instance, keeping its result.</summary>
    /// <param name="benchmark">The baseline or one of <see cref="Guarded"/>.</param>
    /// <returns>The delegate.</returns>
    public Action CallOf(BenchmarkCase benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        MethodInfo method = benchmark.Descriptor.WorkloadMethod;
        Expression call = Expression.Call(Expression.Constant(_instance), method);
        if (method.ReturnType != typeof(void))
        {
            // The result is stored (unboxed, so nothing is allocated), so that no part of the call can be optimized away as unused.
            object sink = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(method.ReturnType))!;
            call = Expression.Assign(Expression.Field(Expression.Constant(sink), nameof(StrongBox<int>.Value)), call);
        }

        return Expression.Lambda<Action>(call).Compile();
    }

    /// <summary>Runs the class's <c>[GlobalCleanup]</c>.</summary>
    public void Dispose() => _first.Descriptor.GlobalCleanupMethod?.Invoke(_instance, null);
}
