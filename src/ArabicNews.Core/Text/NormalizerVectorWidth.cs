using System;

namespace ArabicNews.Core.Text;

/// <summary>
/// The widest vector instructions the normalizer may use on the calling thread. By default all the machine has;
/// tests lower it, so that every path the library ships (AVX-512, AVX2, scalar) runs and is checked on any machine,
/// not only the one the machine would pick.
/// </summary>
/// <remarks>Thread-static: lowering it on one thread changes nothing for the others. Read once per call, never per character.</remarks>
internal static class NormalizerVectorWidth
{
    [ThreadStatic]
    private static VectorWidthLimit t_limit;

    /// <summary>Gets or sets the limit for the calling thread.</summary>
    public static VectorWidthLimit Limit
    {
        get => t_limit;
        set => t_limit = value;
    }

    /// <summary>Gets a value indicating whether the AVX-512 loops may run (when the machine has AVX-512).</summary>
    public static bool AllowsAvx512 => t_limit == VectorWidthLimit.None;

    /// <summary>Gets a value indicating whether the AVX2 loops may run (when the machine has AVX2).</summary>
    public static bool AllowsAvx2 => t_limit != VectorWidthLimit.Scalar;
}
