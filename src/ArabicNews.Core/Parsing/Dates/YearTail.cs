using System.Runtime.InteropServices;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>What follows a month name and fixes its year.</summary>
internal enum YearTailKind : byte
{
    /// <summary>Nothing: the year is inferred from the anchor.</summary>
    None = 0,

    /// <summary>A year number (<c>2021</c>, <c>عام 2021</c>, <c>1445 هـ</c>).</summary>
    Explicit,

    /// <summary>A year relative to the anchor's (<c>من العام الماضي</c> = −1, <c>من هذا العام</c> = 0).</summary>
    Offset,

    /// <summary><c>الماضي</c>: the latest occurrence before the anchor (<see cref="YearTail.Year"/> 1), or the one before it (<c>قبل الماضي</c>, 2).</summary>
    Past,

    /// <summary><c>المقبل</c>: the earliest occurrence after the anchor (<see cref="YearTail.Year"/> 1), or the one after it (<c>بعد المقبل</c>, 2).</summary>
    Next,

    /// <summary><c>الجاري</c>: in the anchor's year.</summary>
    Current,
}

/// <summary>The year part after a month name.</summary>
/// <param name="Kind">What kind of tail it is.</param>
/// <param name="Calendar">The calendar of an explicit year.</param>
/// <param name="Year">The explicit year, the offset for <see cref="YearTailKind.Offset"/>, or the steps for <see cref="YearTailKind.Past"/> and <see cref="YearTailKind.Next"/>.</param>
/// <param name="End">Where the tail ends.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct YearTail(YearTailKind Kind, CalendarKind Calendar, int Year, int End);
