using System;
using System.Globalization;

namespace ArabicNews.Core.Generators.Model;

/// <summary>A calendar date from the catalog (validated).</summary>
/// <remarks>Immutable with value equality, as every pipeline model must be.</remarks>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct DateSpec(int Year, int Month, int Day)
{
    /// <summary>Gets the number of days since 0001-01-01, as <c>DateOnly.DayNumber</c> counts them.</summary>
    public int DayNumber => (int)(new DateTime(Year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified).Ticks / TimeSpan.TicksPerDay);

    /// <summary>Parses a strict <c>yyyy-MM-dd</c> date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryParse(string text, out DateSpec date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !DateTime.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
        {
            return false;
        }

        date = new DateSpec(parsed.Year, parsed.Month, parsed.Day);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);
}
