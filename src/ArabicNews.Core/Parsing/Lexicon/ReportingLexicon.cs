namespace ArabicNews.Core.Parsing.Lexicon;

/// <summary>
/// The words that introduce statements, in Search-normalized form (أ → ا, ة → ه, ى → ي, no harakat). Conjunctions
/// glued in front (وقال, فأكد) are handled by <see cref="WordSet.ContainsWithConjunction"/>.
/// </summary>
internal static class ReportingLexicon
{
    /// <summary>Reporting verbs that can stand without a subject and continue the previous speaker (<c>وأضاف: …</c>).</summary>
    public static readonly WordSet SpeechVerbs = new(WordClass.SpeechVerb,
        "قال", "قالت", "قالا", "قالوا", "اكد", "اكدت", "اكدا", "اكدوا", "اضاف", "اضافت", "اضافا", "اشار", "اشارت", "اشاروا",
        "ذكر", "ذكرت", "ذكروا", "شدد", "شددت", "شددوا", "تابع", "تابعت", "اختتم", "اختتمت", "استذكر", "استذكرت", "كشف", "كشفت",
        "اوضح", "اوضحت", "صرح", "صرحت", "لفت", "لفتت", "نوه", "نوهت", "اعتبر", "اعتبرت", "استطرد", "استطردت", "ختم", "ختمت",
        "اكمل", "اكملت", "افاد", "افادت", "ابلغ", "ابلغت", "اعرب", "اعربت", "حذر", "حذرت", "يعتقد", "تعتقد", "يري", "تري",
        "كتب", "كتبت", "اعلن", "اعلنت", "دعا", "دعت", "رات", "راي", "ردد", "افصح", "افصحت", "يقول", "تقول", "وصف", "وصفت",
        "وصفه", "وصفها", "جدد", "جددت", "توقع", "توقعت", "بينت", "اردف", "اردفت");

    /// <summary>Verbs that report speech only right before a colon (<c>وواصل: «…»</c>; <c>واصلت القوات تقدمها</c> reports none).</summary>
    public static readonly WordSet ColonVerbs = new("واصل", "واصلت", "استكمل", "استكملت");

    /// <summary>Verbs that need an explicit speaker after them (they are too often used for other things).</summary>
    public static readonly WordSet ExplicitSubjectVerbs = new(WordClass.ExplicitSubjectVerb,
        "اعرب", "اعربت", "حذر", "حذرت", "يعتقد", "تعتقد", "يري", "تري", "كتب", "كتبت", "اعلن", "اعلنت", "دعا", "دعت", "رات",
        "راي", "ردد", "افصح", "افصحت", "افاد", "افادت", "ابلغ", "ابلغت", "اعتبر", "اعتبرت", "يقول", "تقول", "وصف", "وصفت",
        "وصفه", "وصفها", "جدد", "جددت", "توقع", "توقعت", "بينت");

    /// <summary>
    /// Participles that add a statement by the sentence's subject (<c>مؤكداً أن …</c>); not <c>متابعة</c>, far more
    /// often the noun (<c>متابعة التطورات</c>) than the feminine participle.
    /// </summary>
    public static readonly WordSet Participles = new(WordClass.Participle,
        "مؤكدا", "موكدا", "مؤكده", "موكده", "مضيفا", "مضيفه", "منوها", "منوهه", "مشيرا", "مشيره", "موضحا", "موضحه", "قائلا",
        "قائله", "قايلا", "قايله", "لافتا", "لافته", "معتبرا", "معتبره", "مشددا", "مشدده", "متابعا", "مبينا", "مبينه",
        "محذرا", "محذره", "معربا", "معربه", "مستذكرا", "مستدركا", "واصفا", "واصفه", "داعيا", "داعيه", "معقبا", "معقبه", "مستطردا",
        "مستطرده", "مردفا", "مردفه");

    /// <summary>Prepositions of attribution followed by the source (<c>بحسب …</c>, <c>وفقاً لـ…</c>, <c>نقلا عن …</c>).</summary>
    public static readonly WordSet Attributions = new(WordClass.Attribution, "بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا");

    /// <summary>Words that open the reported content (complementizers and the prepositions verbs take).</summary>
    public static readonly WordSet ContentOpeners = new(WordClass.ContentOpener,
        "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اننا", "بان", "بانه", "بانها", "بانهم", "بانهما", "علي", "عن",
        "الي", "فان", "فانه", "فانها", "لان", "قائلا", "قايلا", "التاكيد");

    /// <summary>The complementizers among the content openers (<c>أن</c>, <c>إنه</c>, <c>بأن</c>), which a clause's subject follows.</summary>
    public static readonly WordSet Complementizers = new(
        "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "بان", "بانه", "بانها", "بانهم", "بانهما", "فان", "فانه", "فانها", "لان");

    /// <summary>Words that end a speaker phrase (prepositions and the like that follow the speaker's name).</summary>
    public static readonly WordSet SpeakerBoundaries = new(WordClass.SpeakerBoundary,
        "في", "خلال", "عن", "علي", "امام", "عقب", "اثناء", "لدي", "مع", "الي", "ان", "انه", "انها", "انهم", "بان", "بانه",
        "بانها", "فان", "فانه", "فانها", "حول", "بشان", "بعد", "قبل", "عبر", "اليوم", "امس", "ايضا", "كذلك", "لوكاله", "خلاله", "خلالها",
        "لصحيفه", "لقناه", "لموقع", "لمراسل", "بدوره", "بدورها", "اذ", "حيث", "الذي", "التي", "لـ", "ل", "وان", "اننا", "قائلا",
        "منوها", "مؤكدا", "مضيفا", "مشيرا", "يوم", "عنه", "عنها", "عليه", "عليها", "اليه", "اليها", "له", "لها",
        "فيه", "فيها", "انهما", "انني", "للصحفيين", "للصحافيين", "للصحافه", "للاعلام", "لوسائل", "بتصريح", "بتصريحات", "تصريح",
        "تصريحات", "ببيان", "للتلفزيون", "للاذاعه", "التاكيد");

    /// <summary>
    /// Words that tie a title to what it serves (<c>المتحدث باسم الخارجية</c>, <c>الوزير لشؤون …</c>): never part of a
    /// name after the title.
    /// </summary>
    public static readonly WordSet TitleConnectors = new("باسم", "لشؤون", "لشوون");

    /// <summary>Adverbs skipped between a reporting verb and its speaker (<c>قال أيضاً …</c>).</summary>
    public static readonly WordSet Fillers = new(WordClass.Filler, "ايضا", "كذلك", "بدوره", "بدورها", "من", "جانبه", "جانبها", "بدورهم");

    /// <summary>
    /// Nouns that denote an organisation or its statement without naming it (<c>وزارة الخارجية</c>, <c>الوزارة</c>,
    /// <c>الدائرة الدبلوماسية</c>, <c>البيان</c>): resolved to the organisation that spoke or was named before.
    /// </summary>
    public static readonly WordSet OrganisationNouns = new(WordClass.OrganisationNoun,
        "وزاره", "الوزاره", "الخارجيه", "الدائره", "المتحدث", "المتحدثه", "الناطق",
        "الرئاسه", "الحكومه", "السفاره", "الخارجيه", "الكرملين", "المكتب", "الهيئه", "المنظمه", "الامانه");

    /// <summary>
    /// Nouns that open the name of a source outside the catalog (<c>مصادر مطلعة</c>, <c>مديرية الأنواء الجوية</c>,
    /// <c>الوكالة</c>): the speaker is the phrase itself.
    /// </summary>
    public static readonly WordSet UnnamedSources = new(WordClass.None,
        "مصادر", "المصادر", "مصدر", "المصدر", "مديريه", "المديريه", "الوكاله", "الماده", "الصحيفه", "هيئه", "رئاسه", "مكتب",
        "مسؤولون", "المسؤولون", "دبلوماسيون", "الدراسه");

    /// <summary>Nouns that a quoted name follows (<c>وكالة أنباء "…"</c>, <c>لقاح "…"</c>), so the quotation is not speech.</summary>
    public static readonly WordSet NamingNouns = new(WordClass.NamingNoun,
        "وكاله", "انباء", "للانباء", "صحيفه", "مجله", "قناه", "موقع", "شركه", "لقاح", "عمليه", "مشروع", "خط", "مركز", "منظمه",
        "حركه", "حزب", "بعنوان", "شعار", "اسم", "مؤسسه", "موسسه", "جريده", "برنامج", "مبادره", "حديد", "منتدي", "مؤتمر", "موتمر",
        "مجموعه", "هجوم", "مناورات", "تدريبات", "سفينه", "صاروخ", "نظام", "منصه", "تطبيق", "كتاب", "فيلم", "صدمه", "بلقاح",
        "بعمليه", "لوكاله", "بوكاله", "كتلة", "كتله", "تحالف", "ائتلاف", "طريق", "ممر", "لممر", "بممر", "صيغة", "لصيغة",
        "بصيغة", "مسار", "قصر", "فندق", "ساحة", "ميدان", "قاعة", "مجمع", "سوق", "قمة", "منتدى");

    /// <summary>Nouns for a statement itself (<c>البيان ذاته</c>, <c>بيان صادر عن …</c>): resolved to the previous speaker.</summary>
    public static readonly WordSet StatementNouns = new(WordClass.StatementNoun, "البيان", "بيان", "بيانها", "بيانه", "التقرير", "تقرير", "الرسالة", "رسالة");

    /// <summary>Nouns introducing a person by their position, used to recognise people outside the catalog.</summary>
    public static readonly WordSet PositionNouns = new(WordClass.PositionNoun,
        "عضو", "رئيس", "وزير", "نائب", "مساعد", "مستشار", "سفير", "السفير", "المتحدث", "الناطق", "المبعوث", "الخبير", "المحلل",
        "النائب", "الامين", "مدير", "قائد", "زعيم", "حاكم", "محافظ", "رئيسه", "وزيره", "عضوه", "مندوب", "ممثل", "الممثل", "البروفيسور",
        "الدكتور", "الباحث", "الكاتب", "الصحفي", "المراسل", "الوزير", "الوزيرة", "الرئيس", "الرئيسة", "المسؤول", "المسؤولة",
        "الدبلوماسي", "المتحدثة", "الناطقة", "مسؤول", "مسؤولة", "الزعيم", "القائد", "الأمين", "المندوب", "الممثل", "وزيرة",
        "السكرتير", "سكرتير", "ولي", "المحامي", "المستشار");

    /// <summary>Words before a reporting verb that let it continue the previous speaker (<c>لكنها حذرت</c>, <c>ثم أضاف</c>).</summary>
    public static readonly WordSet Continuations = new(WordClass.Continuation, "لكنه", "لكنها", "ولكنه", "ولكنها", "ثم", "وهو", "وهي", "كما", "إلا أنه", "فيما");

    /// <summary>Particles allowed inside a personal name (<c>أحمد بن علي</c>, <c>عبد الله</c>).</summary>
    public static readonly WordSet NameParticles = new(WordClass.NameParticle, "بن", "ابن", "بنت", "أبو", "عبد", "آل", "ولد");

    /// <summary>
    /// Honorifics that open a person's name (<c>الشيخ</c>, <c>معالي</c>, <c>الأمير</c>), with ب before them; a glued و is
    /// the set's own business.
    /// </summary>
    public static readonly WordSet Honorifics = new(
        "الشيخ", "الشيخة", "بالشيخ", "بالشيخة", "الأمير", "الأميرة", "بالأمير", "بالأميرة", "معالي", "بمعالي", "سمو", "بسمو",
        "السيد", "السيدة", "بالسيد", "بالسيدة", "الدكتور", "الدكتورة", "بالدكتور", "بالدكتورة", "فخامة", "بفخامة", "سعادة",
        "بسعادة", "جلالة", "بجلالة", "المهندس", "بالمهندس");
}
