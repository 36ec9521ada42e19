namespace ArabicNews.Core;

/// <summary>The kind of document an agreement is.</summary>
public enum AgreementKind
{
    /// <summary>A generic agreement (<c>اتفاق</c>, <c>اتفاقية</c>).</summary>
    Agreement = 0,

    /// <summary>A treaty (<c>معاهدة</c>).</summary>
    Treaty,

    /// <summary>A declaration (<c>إعلان</c>).</summary>
    Declaration,

    /// <summary>A joint or trilateral statement (<c>بيان مشترك</c>, <c>بيان ثلاثي</c>).</summary>
    JointStatement,

    /// <summary>A memorandum (<c>مذكرة تفاهم</c>).</summary>
    Memorandum,

    /// <summary>An action plan (<c>خطة عمل</c>).</summary>
    ActionPlan,

    /// <summary>A roadmap (<c>خارطة طريق</c>).</summary>
    Roadmap,

    /// <summary>A protocol (<c>بروتوكول</c>).</summary>
    Protocol,
}
