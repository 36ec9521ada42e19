namespace ArabicNews.Core.Parsing.Quotations;

/// <summary>A quotation in the normalized text.</summary>
/// <param name="Open">The index of the opening mark.</param>
/// <param name="Close">The index of the closing mark, or the end of the paragraph when the quotation never closes.</param>
/// <param name="IsClosed">Whether a closing mark was found.</param>
internal readonly record struct Quotation(int Open, int Close, bool IsClosed)
{
    /// <summary>Gets the start of the quoted text.</summary>
    public int ContentStart => Open + 1;

    /// <summary>Gets the length of the quoted text.</summary>
    public int ContentLength => Close - Open - 1;

    /// <summary>Gets the index just past the quotation (past its closing mark when there is one).</summary>
    public int End => IsClosed ? Close + 1 : Close;

    /// <summary>Returns whether <paramref name="index"/> lies inside the quotation's marks.</summary>
    /// <param name="index">A normalized index.</param>
    /// <returns><see langword="true"/> when strictly between the marks.</returns>
    public bool Contains(int index) => index > Open && index < Close;
}
