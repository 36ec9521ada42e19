using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

public sealed class MeetingExtractorTests
{
    private static Meeting[] Meetings(string text, System.DateOnly? published = null) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = published }).Meetings.ToArray();

    private static string[] Ids(Meeting meeting) => meeting.Participants.Select(p => p.Id!).Order(System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void PhoneCall_WithDate_AndTheSubjectAsSecondParticipant()
    {
        Meeting m = Meetings("واستذكر علييف أنه بتاريخ 10 مايو 2021، أجرى محادثة هاتفية مع الرئيس الروسي فلاديمير بوتين.").Single();
        Ids(m).Should().Equal("person:ilham-aliyev", "person:vladimir-putin");
        m.Mode.Should().Be(MeetingMode.Phone);
        m.Date.Should().Be(new PartialDate(2021, 5, 10));
    }

    [Fact]
    public void Reception_PairsTheHostWithTheGuest()
    {
        Meeting m = Meetings("وقال الرئيس الأذربيجاني خلال استقباله وزير الخارجية الروسي سيرغي لافروف يوم الاثنين 10 مايو 2021 إن العلاقات جيدة.").Single();
        Ids(m).Should().Equal("person:ilham-aliyev", "person:sergey-lavrov");
        m.Mode.Should().Be(MeetingMode.InPerson);
    }

    [Fact]
    public void TalksBetweenTwoLeaders_InACity()
    {
        Meeting m = Meetings("وكان آخر لقاء مباشر بين بوتين وعلييف قد عقد في أكتوبر 2023 على هامش قمة رابطة الدول المستقلة في بيشكيك.").Single();
        Ids(m).Should().Equal("person:ilham-aliyev", "person:vladimir-putin");
        m.Location!.Id.Should().Be("city:bishkek");
        m.Date.Should().Be(new PartialDate(2023, 10));
    }

    [Fact]
    public void DeniedOrCancelledMeeting_IsNotAMeeting()
    {
        Meetings("ونفى الكرملين أن بوتين لم يلتق علييف في موسكو.").Should().BeEmpty();
        Meetings("وأعلنت الرئاسة إلغاء لقاء بوتين وعلييف.").Should().BeEmpty();
    }

    [Fact]
    public void HeadlineAndBody_GiveOneMeeting()
    {
        const string text = "بوتين وعلييف يجريان مباحثات في موسكو\n\nيعتزم الرئيس الروسي فلاديمير بوتين إجراء مباحثات ثنائية مع نظيره الأذربيجاني إلهام علييف في موسكو اليوم الإثنين 22 ابريل 2024.";
        Meeting m = Meetings(text).Single();
        m.Date.Should().Be(new PartialDate(2024, 4, 22));
        m.Location!.Id.Should().Be("city:moscow");
    }

    [Fact]
    public void StatesStandIn_WhenNoPersonIsNamed()
    {
        Meeting m = Meetings("وعقد اجتماع ثلاثي لنواب رؤساء وزراء الدول الثلاث (روسيا وأذربيجان وأرمينيا).").Single();
        Ids(m).Should().Equal("country:armenia", "country:azerbaijan", "country:russia");
    }

    [Fact]
    public void DayPreciseDate_WinsOverAYearInTheSameSentence()
    {
        Meeting m = Meetings("التقى بوتين علييف في 3 مارس 2024 ضمن اتصالات عام 2024 المكثفة.").Single();
        m.Date.Should().Be(new PartialDate(2024, 3, 3));
    }

    [Fact]
    public void UndatedMeeting_TakesTheDateOfThePreviousSentenceAboutTheSameEvent()
    {
        Meeting m = Meetings("وضعت القمة التي استضافتها موسكو يوم الجمعة 8 أغسطس 2025 حدا للخلاف. واستقبل بوتين علييف وباشينيان في الكرملين.")
            .Single(x => x.Participants.Count == 3);
        m.Date.Should().Be(new PartialDate(2025, 8, 8));
    }

    [Fact]
    public void OneParticipantAlone_IsNotAMeeting()
    {
        Meetings("وسيلتقي رئيسا البلدين مع قدامى المحاربين في بناء خط بايكال أمور.").Should().BeEmpty();
    }

    [Fact]
    public void UndatedMeeting_TakesTheDateOfTheEventNamedInThePreviousParagraph()
    {
        const string text = "استضافت العاصمة الطاجيكية دوشنبه القمة الثانية روسيا - آسيا الوسطى في 9 أكتوبر 2025.\n\n"
            + "وجمعت القمة الرئيس الروسي فلاديمير بوتين والرئيس الكازاخستاني قاسم جومارت توكاييف.";
        Meeting m = Meetings(text).Single();
        Ids(m).Should().Equal("person:kassym-jomart-tokayev", "person:vladimir-putin");
        m.Date.Should().Be(new PartialDate(2025, 10, 9));
    }

    [Fact]
    public void UndatedMeeting_InThePluperfect_StaysUndated()
    {
        const string text = "وعقدت القمة في دوشنبه في 9 أكتوبر 2025.\n\nوكان بوتين قد أجرى، عشية القمة، محادثات مع رحمون.";
        Meeting m = Meetings(text, new System.DateOnly(2025, 10, 12)).Single();
        Ids(m).Should().Equal("person:emomali-rahmon", "person:vladimir-putin");
        m.Date.Should().BeNull();
    }

    [Fact]
    public void UndatedMeeting_OfTheDaysNews_TakesTheArticleDate()
    {
        Meeting m = Meetings("بحث الرئيس أحمد الشرع مع الرئيس الروسي فلاديمير بوتين خلال لقائهما اليوم في الكرملين العلاقات الثنائية.", new System.DateOnly(2025, 10, 15)).Single();
        Ids(m).Should().Equal("person:ahmed-al-sharaa", "person:vladimir-putin");
        m.Date.Should().Be(new PartialDate(2025, 10, 15));
    }

    [Fact]
    public void HeadlineDatedOnlyByInference_FoldsIntoTheDatedReport()
    {
        const string text = "فيدان يستقبل نظيره الأرميني في أنقرة\n\n** اتصال هاتفي بين أردوغان وعلييف\n\n"
            + "أجرى الرئيس التركي رجب طيب أردوغان، يوم 3 مارس 2025، اتصالا هاتفيا مع نظيره الأذربيجاني إلهام علييف.";
        Meeting m = Meetings(text, new System.DateOnly(2025, 3, 4)).Single();
        m.Date.Should().Be(new PartialDate(2025, 3, 3));
    }

    [Fact]
    public void DenialFurtherBackInTheClause_IsNotAMeeting()
    {
        Meetings("نفى الكرملين، الخميس، وجود أي تحضيرات لعقد لقاء بين الرئيس الروسي فلاديمير بوتين ونظيره الأوكراني فولوديمير زيلينسكي.", new System.DateOnly(2025, 8, 7))
            .Should().BeEmpty();
    }

    [Fact]
    public void CancelledMeeting_SilencesTheRestOfItsSentence()
    {
        Meetings("ففي أكتوبر 2023 ألغي لقاء كان مقررا بين علييف وباشينيان في مدينة غرناطة الإسبانية على هامش قمة المجموعة السياسية الأوروبية.")
            .Should().BeEmpty();
    }

    [Fact]
    public void CommaListOfMinistersByState_BeforeTheMeetingNoun()
    {
        Meeting m = Meetings("عقد وزراء خارجية تركيا هاكان فيدان، وروسيا سيرغي لافروف، وإيران عباس عراقجي، وأذربيجان جيحون بيراموف، "
            + "وأرمينيا أرارات ميرزويان، اليوم الجمعة في إسطنبول الاجتماع الثالث لمنصة 3+3.", new System.DateOnly(2024, 10, 18)).Single();
        Ids(m).Should().Equal("person:abbas-araghchi", "person:ararat-mirzoyan", "person:hakan-fidan", "person:jeyhun-bayramov", "person:sergey-lavrov");
        m.Location!.Id.Should().Be("city:istanbul");
    }

    [Fact]
    public void CounterpartNamedOnlyByTitle_IsThePersonHoldingTheSameOffice()
    {
        const string text = "وشارك في الاجتماع وزير الخارجية الأرميني أرارات ميرزويان.\n\nوعلى هامش الاجتماع، التقى لافروف بنظيره الأرميني، وبحث الجانبان مسار التطبيع.";
        Meeting m = Meetings(text, new System.DateOnly(2024, 10, 18)).Single();
        Ids(m).Should().Equal("person:ararat-mirzoyan", "person:sergey-lavrov");
    }

    [Fact]
    public void TalksBetweenThem_AreBetweenTheSentencesSubjects()
    {
        Meeting m = Meetings("وقع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان، يوم 17 يناير 2025، المعاهدة، وذلك في ختام محادثات بينهما.").Single();
        Ids(m).Should().Equal("person:masoud-pezeshkian", "person:vladimir-putin");
        m.Date.Should().Be(new PartialDate(2025, 1, 17));
    }

    [Fact]
    public void EnvoyOfThePresident_IsNotThePresident()
    {
        Meeting m = Meetings("استقبل بوتين في الكرملين، الأربعاء 6 أغسطس 2025، المبعوث الخاص للرئيس الأميركي ستيف ويتكوف.").Single();
        Ids(m).Should().Equal("person:steve-witkoff", "person:vladimir-putin");
    }

    [Fact]
    public void FemaleMinister_ByHerTitle_JoinsTheList()
    {
        Meeting m = Meetings("وشارك في الاجتماع يوم 24 أبريل 2025 وزير الخارجية التركي هاكان فيدان، ونظيره الأذربيجاني جيهون بيراموف، ووزيرة الخارجية الجورجية ماكا بوتشوريشفيلي.").Single();
        Ids(m).Should().Equal("person:hakan-fidan", "person:jeyhun-bayramov", "person:maka-botchorishvili");
    }

    [Fact]
    public void GuestOutsideTheCatalog_IsNamedByTheTitleThatIntroducesThem()
    {
        Meeting m = Meetings("استقبل رئيس جمهورية أذربيجان إلهام علييف، يوم 3 يونيو 2024، الرئيس التنفيذي لشركة السكك الحديدية الروسية أوليغ بيلوزيروف.").Single();
        m.Participants.Select(p => p.Id ?? p.Name).Should().BeEquivalentTo("person:ilham-aliyev", "أوليغ بيلوزيروف");
    }

    [Fact]
    public void OutsiderNamedAgainBySurname_JoinsTheNextMeeting()
    {
        const string text = "استقبل الرئيس إلهام علييف، يوم 3 يونيو 2024، الرئيس التنفيذي لشركة السكك الحديدية الروسية أوليغ بيلوزيروف.\n\n"
            + "وعقد وزير الاقتصاد ميكائيل جباروف اجتماعا مع بيلوزيروف ورئيس شركة السكك الحديدية الأذربيجانية روفشان رستموف.";
        Meeting m = Meetings(text).Single(x => x.Participants.Count == 3);
        m.Participants.Select(p => p.Id ?? p.Name).Should().BeEquivalentTo("person:mikayil-jabbarov", "أوليغ بيلوزيروف", "روفشان رستموف");
    }

    [Fact]
    public void StatesAfterABorder_AreNeighboursNotParties()
    {
        Meetings("اعتمد الوزراء خريطة طريق خلال اجتماعهم الثلاثي الذي استضافته مدينة قارص التركية القريبة من الحدود مع جورجيا وأرمينيا.")
            .Should().BeEmpty();
    }

    [Fact]
    public void TwoGuestsOutsideTheCatalog_OnOneDay_AreTwoMeetings()
    {
        const string text = "استقبل رئيس جمهورية أذربيجان إلهام علييف، يوم 3 يونيو 2024، الرئيس التنفيذي لشركة السكك الحديدية الروسية أوليغ بيلوزيروف.\n\n"
            + "كما استقبل إلهام علييف، يوم 3 يونيو 2024، رئيس شركة السكك الحديدية الكازاخستانية نورلان صائروف.";
        Meetings(text).Select(m => m.Participants[1].Name).Should().Equal("أوليغ بيلوزيروف", "نورلان صائروف");
    }

    [Fact]
    public void CounterpartNamedOnlyByTitle_IsNotAnotherOfficeOfTheSameState()
    {
        const string text = "وشارك في الاجتماع وزير الخارجية الأرميني أرارات ميرزويان ورئيس الوزراء الأرميني نيكول باشينيان.\n\n"
            + "وعلى هامش الاجتماع، التقى لافروف بنظيره الأرميني، وبحث الجانبان مسار التطبيع.";
        Meeting m = Meetings(text, new System.DateOnly(2024, 10, 18)).Single(x => Ids(x).Contains("person:sergey-lavrov"));
        Ids(m).Should().Equal("person:ararat-mirzoyan", "person:sergey-lavrov");
    }
}
