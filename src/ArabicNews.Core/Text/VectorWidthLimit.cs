namespace ArabicNews.Core.Text;

/// <summary>How far <see cref="NormalizerVectorWidth"/> lowers the normalizer's vector width.</summary>
internal enum VectorWidthLimit
{
    /// <summary>Everything the machine has.</summary>
    None,

    /// <summary>AVX2 at most: the AVX-512 loops are skipped.</summary>
    Avx2,

    /// <summary>No vectors: the scalar loops only.</summary>
    Scalar,
}
