namespace ArabicNews.Core;

/// <summary>Why a piece of the article was set aside as boilerplate rather than content.</summary>
public enum BoilerplateKind
{
    /// <summary>A language switcher such as <c>Ru En</c>.</summary>
    LanguageSwitcher = 0,

    /// <summary>A photo credit (<c>الصورة: …</c>, <c>تصوير …</c>).</summary>
    PhotoCredit,

    /// <summary>A source line (<c>المصدر: تاس</c>).</summary>
    SourceLine,

    /// <summary>A copyright or translation credit (<c>© …</c>).</summary>
    Copyright,

    /// <summary>A site signature at the end of the article.</summary>
    SiteSignature,

    /// <summary>An agency tag such as <c>(İLKHA)</c> or <c>(رويترز)</c>.</summary>
    AgencyTag,

    /// <summary>A breadcrumb trail (<c>الرئيسية &gt; أخبار</c>).</summary>
    Breadcrumb,

    /// <summary>A link to another article (<c>اقرأ المزيد</c>, <c>اقرأ أيضاً</c>) and the headline it points to.</summary>
    RelatedLink,

    /// <summary>A line of tags or keywords (<c>الكلمات الرئيسية: …</c>).</summary>
    Tags,

    /// <summary>A dateline or credit line heading the article (<c>أنقرة/ الأناضول</c>, <c>14.05.2024 | 16:42</c>).</summary>
    Dateline,

    /// <summary>Page furniture above the headline: a section name, a URL, a print or share label, a lone symbol.</summary>
    PageChrome,
}
