namespace ArabicNews.Core;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>عام 2024</c>); written <c>YYYY</c>.</summary>
    Year = 0,

    /// <summary>The year and the month are known (<c>سبتمبر/أيلول 2023</c>); written <c>YYYY-MM</c>.</summary>
    Month = 1,

    /// <summary>The full calendar date is known (<c>22 أبريل 2024</c>); written <c>YYYY-MM-DD</c>.</summary>
    Day = 2,
}
