using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>The CsCheck combinators the article generator and the mutator share.</summary>
internal static class TextGens
{
    /// <summary>One of <paramref name="items"/>; shrinks towards the first.</summary>
    public static Gen<T> Pick<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    /// <summary>One of <paramref name="texts"/>; shrinks towards the shortest.</summary>
    public static Gen<string> PickShortestFirst(IEnumerable<string> texts) =>
        Pick(texts.OrderBy(static text => text.Length).ThenBy(static text => text, StringComparer.Ordinal).ToArray());

    /// <summary>Applies <paramref name="step"/> <paramref name="times"/> times, each to the previous result.</summary>
    public static Gen<string> Repeat(string text, int times, Func<string, Gen<string>> step) =>
        times == 0 ? Gen.Const(text) : step(text).SelectMany(next => Repeat(next, times - 1, step));
}
