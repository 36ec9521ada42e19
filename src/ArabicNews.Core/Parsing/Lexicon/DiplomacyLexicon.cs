using System.Linq;

namespace ArabicNews.Core.Parsing.Lexicon;

/// <summary>The words that signal meetings, agreements and corridors, in Search-normalized form.</summary>
internal static class DiplomacyLexicon
{
    /// <summary>Nouns naming a meeting (<c>لقاء</c>, <c>اجتماع</c>, <c>محادثات</c>, <c>قمة</c>), with or without the article.</summary>
    public static readonly WordSet MeetingNouns = new(WordClass.MeetingNoun,
        "لقاء", "اللقاء", "للقاء", "بلقاء", "لقائه", "لقاءه", "اجتماع", "الاجتماع", "للاجتماع", "اجتماعا", "اجتماعات", "الاجتماعات",
        "محادثات", "المحادثات", "محادثه", "المحادثه", "مباحثات", "المباحثات", "قمه", "القمه", "مكالمه", "المكالمه", "اتصالا",
        "اتصال", "الاتصال", "مشاورات", "المشاورات", "مفاوضات", "المفاوضات", "استقبال", "استقباله", "استقبالها", "زياره", "الزياره", "لقاءات", "اللقاءات");

    /// <summary>Words marking a phone call.</summary>
    public static readonly WordSet PhoneWords = new(WordClass.PhoneWord, "هاتفيه", "هاتفي", "هاتفيا", "الهاتف", "الهاتفيه", "الهاتفي", "هاتف", "هاتفت", "مكالمه", "المكالمه");

    /// <summary>Words marking a video call.</summary>
    public static readonly WordSet VideoWords = new(WordClass.VideoWord, "الفيديو", "فيديو", "المرئي", "افتراضيه", "افتراضي", "الافتراضي", "المتلفز");

    /// <summary>Words that negate or cancel a meeting right before it (<c>لم يلتق</c>, <c>إلغاء لقاء</c>).</summary>
    public static readonly WordSet MeetingNegations = new(WordClass.MeetingNegation,
        "لم", "لن", "الغي", "الغاء", "الغت", "نفي", "نفت", "ينفي", "تنفي", "تاجيل", "تاجل", "ارجاء", "رفض", "رفضت");

    /// <summary>
    /// Words before a meeting, in its clause, that make it planned, expected, prepared or put off rather than held
    /// (<c>من المقرر أن يلتقي</c>, <c>سيلتقي</c>, <c>يجري العمل على تنسيق لقاء</c>, <c>أرجئ الاجتماع</c>).
    /// </summary>
    public static readonly WordSet ProspectiveMarkers = new(WordClass.ProspectiveMarker,
        "المقرر", "مقرر", "مقررا", "المزمع", "مزمع", "المرتقب", "مرتقب", "المتوقع", "متوقع", "يتوقع", "تتوقع", "يعتزم", "تعتزم",
        "يعتزمان", "ينوي", "تنوي", "ينويان", "تنسيق", "لتنسيق", "بتنسيق", "التحضير", "للتحضير", "التحضيرات", "تحضيرات", "الاعداد",
        "للاعداد", "تمهيدا", "يخطط", "تخطط", "يخططان", "ارجئ", "ارجي", "أرجئ", "أرجئت", "ارجات", "ارجاء", "تاجيل", "تاجل", "تأجل",
        "سيلتقي", "سيلتقيان", "ستلتقي", "سنلتقي", "سيجري", "سيجريان", "ستجري", "سيعقد", "ستعقد", "سيعقدان", "ستعقدان", "سيستقبل",
        "ستستقبل", "سيزور", "ستزور", "سيبحث", "ستبحث", "سيبحثان", "سيشارك", "ستشارك", "سيتوجه", "لحضور", "يرتقب", "يترقب", "ينتظر", "تنتظر",
        "مرتقبا", "امكانيه", "احتمال", "محتمل", "ترتيب", "لترتيب", "ترتيبات");

    /// <summary>
    /// Words right after a meeting noun that put it in the future (<c>القمة المقبلة</c>, <c>اللقاء المرتقب</c>,
    /// <c>الاجتماع سيضم …</c>).
    /// </summary>
    public static readonly WordSet ProspectiveTails = new(WordClass.ProspectiveTail,
        "المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه", "المزمع", "المزمعه", "المقرر", "المقرره", "المنتظر",
        "المنتظره", "المحتمل", "المحتمله", "المقترح", "المقترحه", "المرتقبين", "سيضم", "ستضم", "سيجمع", "ستجمع", "سيعقد", "ستعقد",
        "سيكون", "ستكون", "سيناقش", "ستناقش", "سيبحث", "ستبحث");

    /// <summary>Verbs that are a call when a phone or video word follows them (<c>تحدث … هاتفياً</c>, <c>اتصل … هاتفياً</c>).</summary>
    public static readonly WordSet CallVerbs = new(WordClass.CallVerb,
        "تحدث", "تحدثت", "تحدثا", "يتحدث", "تتحدث", "اتصل", "اتصلت", "يتصل", "تواصل", "تواصلت", "تحادث", "تحادثا", "تباحث", "تباحثا");

    /// <summary>Verbs that, negated or future, keep a leader away from the meeting that follows (<c>لن يشارك … في القمة</c>).</summary>
    public static readonly WordSet AbsenceVerbs = new(WordClass.AbsenceVerb,
        "يشارك", "تشارك", "يحضر", "تحضر", "يتمكن", "تتمكن", "يغيب", "تغيب", "غاب", "غابت", "اعتذر", "اعتذرت", "يلتقي", "تلتقي");

    /// <summary>Words that make a meeting the circumstance of what is reported, so it took place (<c>خلال لقائه</c>, <c>على هامش القمة</c>).</summary>
    public static readonly WordSet EventCircumstances = new(WordClass.EventCircumstance,
        "خلال", "اثناء", "عقب", "ختام", "هامش", "لدى", "ابان", "وخلال", "وعقب", "وفي");

    /// <summary>The preposition that names the caller after a call received (<c>تلقى … اتصالاً هاتفياً من …</c>).</summary>
    public static readonly WordSet CallSources = new(WordClass.CallSource, "من", "مع");

    /// <summary>Verbs that deny a meeting from further back in the clause (<c>نفى الكرملين … وجود تحضيرات لعقد لقاء</c>).</summary>
    public static readonly WordSet MeetingDenials = new(WordClass.MeetingDenial, "نفى", "نفت", "ينفي", "تنفي", "نفي", "استبعد", "استبعدت", "يستبعد", "تستبعد");

    /// <summary>The auxiliary that, with a later <c>قد</c>, puts a sentence in the pluperfect (<c>وكان الزعيمان قد التقيا</c>).</summary>
    public static readonly WordSet PluperfectAuxiliaries = new(WordClass.PluperfectAuxiliary, "كان", "كانت", "كانا", "كانتا", "كانوا");

    /// <summary>The noun for "his counterpart" in its forms (<c>نظيره</c>, <c>بنظيرته</c>), followed by a demonym.</summary>
    public static readonly WordSet CounterpartNouns = new(WordClass.CounterpartNoun,
        "نظيره", "نظيرته", "نظيرها", "بنظيره", "بنظيرته", "بنظيرها", "لنظيره", "لنظيرته", "لنظيرها");

    /// <summary>Pronouns after a meeting noun that point back to the sentence's subject (<c>محادثات بينهما</c>).</summary>
    public static readonly WordSet SubjectPronouns = new(WordClass.SubjectPronoun, "بينهما", "بينهم", "جمعهما", "جمعتهما", "جمعهم", "جمعتهم");

    /// <summary>Words that introduce the other side of a meeting (<c>مع</c>) or a pair (<c>بين</c>).</summary>
    public static readonly WordSet Counterparts = new(WordClass.Counterpart, "مع", "بين", "ومع");

    /// <summary>Verbs and nouns after a meeting that list who took part (<c>اجتماع ثلاثي ضم …</c>, <c>لقاء جمع …</c>).</summary>
    public static readonly WordSet ParticipantIntroducers = new("ضم", "ضمت", "يضم", "تضم", "جمع", "جمعت", "يجمع", "تجمع");

    /// <summary>
    /// The same verbs with a singular object pronoun, after which the other side follows <c>ب</c> and the clause's subject
    /// is the first (<c>خلال لقاء جمعه بوزير الخارجية …</c>).
    /// </summary>
    public static readonly WordSet SubjectObjectIntroducers = new("جمعه", "جمعها");

    /// <summary>
    /// Honorifics with a possessive pronoun that stand for the person the article is about as a verb's subject
    /// (<c>واستقبل سموه …</c>, <c>كما التقى فخامته …</c>).
    /// </summary>
    public static readonly WordSet HonorificPronouns = new(
        "سموه", "سموها", "جلالته", "جلالتها", "فخامته", "فخامتها", "معاليه", "معاليها", "سيادته", "سيادتها", "دولته", "سعادته", "سعادتها");

    /// <summary>Words of address that open an honorific before a title (<c>صاحب السمو الأمير</c>, <c>حضرة صاحب السمو</c>).</summary>
    public static readonly WordSet HonorificHeads = new("صاحب", "السمو", "حضره", "الجلاله", "الفخامه", "السعاده", "سمو", "فخامه", "جلاله", "معالي", "دوله");

    /// <summary>Titles of rulers that, alone after a meeting verb, name the ruler the article is about (<c>التقى الأمير …</c>).</summary>
    public static readonly WordSet RulerTitles = new("الامير", "الملك", "السلطان");

    /// <summary>
    /// The dual and plural of "counterpart", whose list is of separate bilateral meetings (<c>بحث مع نظيريه الروسي … والتركي …</c>).
    /// </summary>
    public static readonly WordSet SeveralCounterparts = new("نظيريه", "نظيرتيه", "نظرائه", "نظيريها", "نظرائها", "بنظيريه", "بنظرائه");

    /// <summary>The word for "bilateral", which keeps meetings in the plural separate (<c>لقاءات ثنائية مع …</c>).</summary>
    public static readonly WordSet BilateralQualifiers = new("ثنائي", "ثنائيا", "ثنائية", "الثنائي", "الثنائية");

    /// <summary>The words for "each of", before a list of guests (<c>مع كلٍّ من …</c>).</summary>
    public static readonly WordSet EachWords = new("كل", "كلا");

    /// <summary>Plural meeting nouns, whose list after <c>مع</c> is of separate meetings (<c>عقد اجتماعات مع …، و…</c>).</summary>
    public static readonly WordSet SeveralMeetings = new("اجتماعات", "لقاءات", "اللقاءات", "الاجتماعات");

    /// <summary>Words allowed between the entities of a participant list (titles and conjunctions).</summary>
    public static readonly WordSet ParticipantGlue = new(WordClass.ParticipantGlue,
        "و", "الرئيس", "الرئيسين", "رئيس", "رئيسي", "رئيسا", "نظيره", "نظيرته", "نظيريه", "وزير", "وزيري", "الخارجيه", "الوزراء",
        "رئيسه", "والرئيس", "ووزير", "ونظيره", "الزعيم", "الزعيمين", "زعيمي", "زعيما", "قاده", "قادة", "السيد", "الروسي", "الاذربيجاني",
        "الاول", "ثنائيه", "ثنائي", "ثلاثي", "ثلاثيه", "مباشر", "المباشر", "مباشره", "بشكل", "الدول", "الثلاث", "وزيرة",
        "الوزير", "الوزيرة", "نظيرها", "نظيريه", "ونظيرته", "هاتفيا", "هاتفي", "هاتفية", "مرئي", "عبر", "تقنية", "الفيديو",
        "رسمية", "رسمي", "موسعة", "مغلقة", "ثنائيا", "ثلاثيا", "رئيسة", "الوزراء", "ووزيرة", "الرئاسة", "وزراء", "خارجية",
        "رؤساء", "زعماء", "وقادة", "بنظيره", "بنظيرته", "بالرئيس", "بالرئيسة", "بوزير", "بوزيرة", "ورئيس", "ورئيسة", "الامير",
        "والامير", "بالامير", "الشيخ", "والشيخ", "بالشيخ", "فخامه", "معالي", "سمو", "صاحب", "السمو", "جلاله", "الملك", "والملك",
        "بالملك", "العاهل", "السلطان", "السيده", "الدكتور", "ولي", "العهد", "بولي", "وولي", "امير", "وامير", "بامير", "الجمهوريه", "مجلس", "نظرائه", "نظرائها", "الرؤساء", "الزعماء", "فورا", "ايضا", "كذلك", "مجددا", "لاحقا", "رسميا", "بدوره", "بدورها");

    /// <summary>Dual and plural nouns that stand for the parties of the last meeting (<c>الزعيمان … التقيا</c>).</summary>
    public static readonly WordSet PartyAnaphors = new(WordClass.PartyAnaphor,
        "الزعيمان", "الرئيسان", "الوزيران", "الجانبان", "الطرفان", "الزعيمين", "الرئيسين", "الوزيرين", "الجانبين", "الطرفين");

    /// <summary>Light verbs whose subject is the meeting's first party (<c>أجرى X ونظيره Y محادثات</c>).</summary>
    public static readonly WordSet LightVerbs = new(WordClass.LightVerb,
        "أجرى", "أجرت", "أجريا", "يجري", "تجري", "يجريان", "تجريان", "عقد", "عقدت", "عقدا", "يعقد", "تعقد", "يعقدان", "يعتزم",
        "تعتزم", "بحث", "بحثت", "بحثا", "يبحث", "تبحث", "يبحثان", "تبحثان", "اعتمد", "اعتمدت", "تلقى", "تلقت", "يتلقى", "تتلقى",
        "اجرى", "اجرت", "اجريا", "شارك", "شاركت", "يشارك", "تشارك");

    /// <summary>The words after <c>من</c> that name the agent of a passive meeting verb (<c>استُقبل … من قبل …</c>, <c>من طرف</c>).</summary>
    public static readonly WordSet AgentNouns = new("قبل", "طرف");

    /// <summary>Nouns for a delegation that stands for the other side of a meeting (<c>استقبل … وفداً من …</c>).</summary>
    public static readonly WordSet DelegationNouns = new("وفد", "وفدا", "بوفد", "وفود", "وفودا", "بوفود");

    /// <summary>The prepositions that say what a delegation comes from (<c>وفداً من</c>, <c>وفد عن</c>).</summary>
    public static readonly WordSet DelegationSources = new("من", "عن");

    /// <summary>Words that end the name of a delegation (<c>وفداً من … برئاسة …</c>, <c>… لبحث …</c>).</summary>
    public static readonly WordSet DelegationStops = new(
        "برئاسة", "يترأسه", "يضم", "تضم", "ضم", "الذي", "التي", "حيث", "لبحث", "لمناقشة", "بحضور", "اليوم", "أمس", "خلال", "وذلك",
        "يزور", "يقوم", "الزائر", "المرافق", "وجرى", "وتم", "وبحث", "ناقش", "وناقش", "بحث");

    /// <summary>Feminine relatives, whose antecedent is no person unless it is one (<c>الدول … التي شاركت</c>).</summary>
    public static readonly WordSet FeminineRelatives = new("التي", "اللتين", "اللتان", "اللاتي");

    /// <summary>Nouns for a border, after which a list of states names neighbours (<c>الحدود مع جورجيا وأرمينيا</c>).</summary>
    public static readonly WordSet BorderNouns = new("الحدود", "حدود", "بالحدود", "الحدوديه", "حدودها", "حدوده");

    /// <summary>
    /// Words that mark a meeting as between several parties, whose states may stand for them: bilateral, trilateral,
    /// joint, or held by representatives or delegations of states (<c>التقى ممثلون عن روسيا وأذربيجان وإيران</c>).
    /// </summary>
    public static readonly WordSet MultipartyQualifiers = new(WordClass.MultipartyQualifier,
        "ثنائي", "ثنائيا", "ثنائية", "الثنائي", "الثنائية", "ثلاثي", "ثلاثيا", "ثلاثية", "الثلاثي", "الثلاثية", "رباعي", "رباعيا",
        "رباعية", "الرباعي", "الرباعية", "مشترك", "مشتركا", "المشترك", "ممثلون", "ممثلو", "ممثلين", "ممثلي", "وفود", "وفودا");

    /// <summary>Verbs and nouns that mark a document as signed.</summary>
    public static readonly WordSet SigningWords = new(WordClass.SigningWord,
        "وقع", "وقعت", "وقعا", "وقعوا", "وقعه", "وقعها", "وقعاه", "وقعتا", "الموقعه", "الموقع", "الموقعين", "الموقعتين", "التوقيع",
        "توقيع", "ابرم", "ابرمت", "ابرما", "صدر", "صدرت", "اصدر", "اصدرا", "تبني", "تبنت", "اعتمد", "اعتمدت", "اقر", "اقرت", "قب");

    /// <summary>Words that make a document proposed rather than signed.</summary>
    public static readonly WordSet ProposalWords = new(WordClass.ProposalWord,
        "مشروع", "مسوده", "المقترح", "مقترح", "التفاوض", "المفاوضات", "مفاوضات", "سيتم", "سيوقع", "سيوقعان", "يعتزم", "تعتزم",
        "المرتقب", "المنتظر", "المزمع", "المساهمه", "لتوقيع", "بتوقيع", "يوقع", "يوقعا", "توقيع");

    /// <summary>Prepositions, relatives and other function words that never continue a name or title.</summary>
    public static readonly WordSet FunctionWords = new(WordClass.FunctionWord,
        "في", "من", "إلى", "على", "عن", "مع", "بين", "التي", "الذي", "الذين", "حتى", "منذ", "خلال", "بعد", "قبل", "عبر", "حول",
        "لدى", "ضد", "أو", "ثم", "كما", "إذ", "حيث", "فيما", "بما", "هو", "هي", "أن", "إن", "قد", "لقد", "كان", "كانت");

    /// <summary>Demonstratives that make a noun an anaphor (<c>هذا الاتفاق</c>, <c>لهذا الممر</c>).</summary>
    public static readonly WordSet Anaphors = new(WordClass.Anaphor,
        "هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "لهذا", "لهذه", "بهذا", "بهذه", "وهذا", "وهذه", "لذلك", "بذلك");

    /// <summary>
    /// The nouns of documents (<c>معاهدة</c>, <c>اتفاقية</c>, <c>إعلان</c>, <c>بيان</c>, <c>مذكرة</c>, <c>خطة</c>,
    /// <c>برنامج</c>, <c>خارطة</c>, <c>بروتوكول</c>) in every form the agreement extractor reads as one: bare, with
    /// the article, with ب/ك/ل before it and in the لل contraction (a glued و/ف is the token classes' business). A word
    /// outside the set is no document noun, whatever follows it.
    /// </summary>
    public static readonly WordSet AgreementNouns = new(WordClass.AgreementNoun, WithArticleForms(
        "معاهده", "معاهدات", "معاهدتين", "اتفاقيه", "اتفاقيات", "اتفاق", "اتفاقا", "اتفاقات", "اعلان", "اعلانا", "اعلانات",
        "بيان", "بيانا", "مذكره", "مذكرات", "خطه", "برنامج", "برنامجا", "برامج", "خارطه", "خريطه", "خرائط", "بروتوكول",
        "بروتوكولا", "بروتوكولات"));

    /// <summary>Words after a corridor noun that make the phrase a named corridor kind rather than an anaphor.</summary>
    public static readonly WordSet CorridorNouns = new(WordClass.CorridorNoun, "ممر", "الممر", "ممرات", "الممرات", "معبر", "المعبر");

    private static string[] WithArticleForms(params string[] nouns) =>
        [.. nouns.SelectMany(static noun => new[] { noun, "ال" + noun, "بال" + noun, "كال" + noun, "لال" + noun, "لل" + noun })];
}
