using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>Meeting forms seen in real outlets' articles, each in a sentence written for this test.</summary>
public sealed class MeetingRealTextTests
{
    private static readonly DateOnly Day = new(2024, 4, 8);

    private static Meeting[] Meetings(string text, DateOnly? published = null) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = published }).Meetings.ToArray();

    private static string[] Ids(Meeting meeting) => meeting.Participants.Select(p => p.Id!).ToArray();

    [Fact]
    public void ACallReceived_NamesTheCallerAfterMin()
    {
        Meeting m = Meetings("تلقى وزير الخارجية الروسي، سيرغي لافروف، اليوم اتصالاً هاتفياً من نظيره التركي هاكان فيدان بحثا خلاله الوضع في المنطقة.", Day).Single();
        Ids(m).Should().Equal("person:sergey-lavrov", "person:hakan-fidan");
        m.Mode.Should().Be(MeetingMode.Phone);
        m.Date.Should().Be(PartialDate.FromDateOnly(Day));
    }

    [Fact]
    public void SpokeByPhone_IsACall()
    {
        Meeting m = Meetings("تحدث الرئيس التركي رجب طيب أردوغان هاتفياً مع نظيره الأذربيجاني إلهام علييف أمس.", Day).Single();
        Ids(m).Should().Equal("person:recep-tayyip-erdogan", "person:ilham-aliyev");
        m.Mode.Should().Be(MeetingMode.Phone);
        m.Date.Should().Be(PartialDate.FromDateOnly(Day.AddDays(-1)));
    }

    [Fact]
    public void SpokeWithoutAPhoneWord_IsNoMeeting() =>
        Meetings("تحدث الرئيس التركي رجب طيب أردوغان عن العلاقات مع الرئيس الأذربيجاني إلهام علييف.", Day).Should().BeEmpty();

    [Fact]
    public void TheSpeakerWhoTookPart_IsAParticipant()
    {
        Meeting m = Meetings("وقال لافروف إنه شارك في اجتماع ثلاثي مع نظيره التركي هاكان فيدان ووزير الخارجية الإيراني عباس عراقجي في طهران.", new DateOnly(2025, 5, 7)).Single();
        Ids(m).Should().Equal("person:sergey-lavrov", "person:hakan-fidan", "person:abbas-araghchi");
        m.Location!.Id.Should().Be("city:tehran");
    }

    [Fact]
    public void APairAfterBein_DoesNotTakeTheReporterAsAParticipant()
    {
        Meeting m = Meetings("وقال بيسكوف إن لقاء بين بوتين وأردوغان عقد في سوتشي.", Day).Single();
        Ids(m).Should().BeEquivalentTo("person:vladimir-putin", "person:recep-tayyip-erdogan");
    }

    [Theory]
    [InlineData("من المقرر أن يلتقي بوتين بالرئيس الأذربيجاني إلهام علييف الأسبوع المقبل في موسكو.")]
    [InlineData("سيلتقي الرئيس إلهام علييف بالرئيس الروسي فلاديمير بوتين في موسكو.")]
    [InlineData("يجري العمل على تنسيق لقاء بين بوتين وأردوغان في أستانا.")]
    [InlineData("أرجئ الاجتماع بين لافروف وفيدان إلى موعد لاحق.")]
    [InlineData("لن يشارك الرئيس الأذربيجاني إلهام علييف في القمة غير الرسمية التي يستضيفها بوتين.")]
    [InlineData("وجرى التحضير للقمة المقبلة بين بوتين وأردوغان.")]
    public void PlannedPostponedOrMissedMeetings_AreNoMeetings(string sentence) =>
        Meetings(sentence, Day).Should().BeEmpty();

    [Fact]
    public void AMeetingDatedAfterTheArticle_IsStillToCome() =>
        Meetings("يلتقي الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في 20 أبريل 2024 في أستانا.", Day).Should().BeEmpty();

    [Fact]
    public void AMeetingAsTheCircumstance_TookPlace()
    {
        Meeting m = Meetings("وأكد بوتين خلال لقائه أردوغان، الذي كان من المقرر منذ أشهر، أن العلاقات متينة.", Day).Single();
        Ids(m).Should().BeEquivalentTo("person:vladimir-putin", "person:recep-tayyip-erdogan");
    }

    [Fact]
    public void TheDatelineCity_IsNotTheMeetingsPlace()
    {
        Meeting m = Meetings("موسكو، 8 أبريل 2024: التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان اليوم.").Single();
        m.Location.Should().BeNull();
    }

    [Fact]
    public void ThePlaceTheTextGivesTheEvent_IsTheMeetingsPlace()
    {
        Meeting m = Meetings("موسكو، 20 يونيو 2024: التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في مدينة سان بطرسبورغ.").Single();
        m.Location!.Id.Should().Be("city:saint-petersburg");
    }

    [Fact]
    public void ACall_HasNoPlace()
    {
        Meeting m = Meetings("أجرى الرئيس الأذربيجاني إلهام علييف في باكو اتصالاً هاتفياً مع الرئيس الروسي فلاديمير بوتين.", Day).Single();
        m.Location.Should().BeNull();
        m.Mode.Should().Be(MeetingMode.Phone);
    }

    [Fact]
    public void AMatchBetweenClubs_IsNoMeeting() =>
        Meetings("فاز الفريق الضيف في اللقاء الذي جمع الفريقين أمس على الملعب الرئيسي في الرياض بهدفين نظيفين.", Day).Should().BeEmpty();

    [Fact]
    public void ALaterDateInTheSentence_BelongsToAnotherEvent()
    {
        Meeting m = Meetings("وقال المتحدث عقب اتصال هاتفي بين توكاييف مع الرئيس الروسي فلاديمير بوتين إن الزيارة المرتقبة ستجري في نوفمبر المقبل.", new DateOnly(2025, 8, 8)).Single();
        Ids(m).Should().Equal("person:kassym-jomart-tokayev", "person:vladimir-putin");
        m.Date.Should().Be(new PartialDate(2025, 8, 8));
        m.Mode.Should().Be(MeetingMode.Phone);
    }

    [Fact]
    public void ATitleAloneAsTheSubject_IsThePersonSpokenOfBefore()
    {
        Meeting m = Meetings("وصل الرئيس الإيراني مسعود بزشكيان إلى نيويورك. وبعد خطابه التقى الرئيس فوراً بالرئيس الفرنسي إيمانويل ماكرون.", new DateOnly(2025, 9, 24)).Single();
        Ids(m).Should().Equal("person:masoud-pezeshkian", "person:emmanuel-macron");
    }

    [Fact]
    public void AGuestNamedBeforeTheTitle_AfterAnHonorific_IsAParticipant()
    {
        Meeting m = Meetings("اجتمع وزير الخارجية الروسي سيرغي لافروف في مسقط مع الشيخ سالم بن ناصر الهنائي رئيس مجلس الشورى العماني.", Day).Single();
        m.Participants.Select(p => p.Id ?? p.Name).Should().Equal("person:sergey-lavrov", "سالم بن ناصر الهنائي");
    }

    [Fact]
    public void ACallerNamedBeforeTheTitle_IsTheOtherSide()
    {
        Meeting m = Meetings("تلقى الرئيس الروسي فلاديمير بوتين اليوم اتصالاً هاتفياً من معالي يوهان فريدريكسن رئيس وزراء الدنمارك.", Day).Single();
        m.Participants.Select(p => p.Id ?? p.Name).Should().Equal("person:vladimir-putin", "يوهان فريدريكسن");
        m.Mode.Should().Be(MeetingMode.Phone);
    }

    [Fact]
    public void ADelegation_IsTheOtherSide_NamedByWhatItComesFrom()
    {
        Meeting m = Meetings("استقبل الرئيس الأذربيجاني إلهام علييف في باكو اليوم وفداً من ممثلي رابطة رجال الأعمال الألمان.", Day).Single();
        m.Participants[0].Id.Should().Be("person:ilham-aliyev");
        m.Participants[1].Name.Should().Be("وفداً من ممثلي رابطة رجال الأعمال الألمان");
    }

    [Fact]
    public void ADelegationFromACatalogBody_IsThatBody()
    {
        Meeting m = Meetings("التقى وزير الخارجية الإيراني عباس عراقجي في طهران وفداً من الوكالة الدولية للطاقة الذرية برئاسة أحد نوابها.", new DateOnly(2025, 5, 10)).Single();
        m.Participants.Select(p => p.Id).Should().Equal("person:abbas-araghchi", "organization:international-atomic-energy-agency");
    }

    [Fact]
    public void RepresentativesOfStates_StandForTheirStates()
    {
        Meeting m = Meetings("وفي 13 مارس التقى ممثلون عن روسيا وأذربيجان وإيران في باكو لبحث الممر.", Day).Single();
        m.Participants.Select(p => p.Id).Should().Equal("country:russia", "country:azerbaijan", "country:iran");
        m.Date.Should().Be(new PartialDate(2024, 3, 13));
    }

    [Fact]
    public void AReceptionNoun_WithAQuotedGuestAfterTheTitle_IsAMeeting()
    {
        Meeting m = Meetings("جاء ذلك خلال استقبال الوزير عراقجي، مساء اليوم، سفير إيران الجديد لدى اليابان \"حسن رضائي نيا\" قبيل توجهه إلى طوكيو.", Day).Single();
        m.Participants.Select(p => p.Id ?? p.Name).Should().Equal("person:abbas-araghchi", "حسن رضائي نيا");
    }

    [Fact]
    public void APassiveReception_TakesTheSubjectBehindItsTitle_AndTheAgentAfterMinQibal()
    {
        Meeting m = Meetings("استُقبل وزير الشؤون الخارجية والجالية الوطنية بالخارج، أحمد عطاف، على هامش منتدى الدوحة من قبل الشيخ محمد بن عبد الرحمن آل ثاني، رئيس مجلس الوزراء القطري.", Day).Single();
        Ids(m).Should().Equal("person:ahmed-attaf", "person:mohammed-bin-abdulrahman-al-thani");
    }

    [Fact]
    public void ASurnameAlone_IsThePersonNamedInFullBefore()
    {
        Meeting[] all = Meetings("عقد وزير الخارجية الأردني أيمن الصفدي مؤتمراً صحفياً في عمان. كما التقى الصفدي نظيره المصري بدر عبد العاطي.", Day);
        Ids(all.Single()).Should().Equal("person:ayman-safadi", "person:badr-abdelatty");
    }

    [Fact]
    public void TalksHeldByStatesInARelativeClause_DoNotTakeTheReporter()
    {
        // The states took part in the talks; the minister who reports it did not.
        Meetings("وقال وزير الخارجية التركي هاكان فيدان إن الاجتماع سيضم وزراء من الدول الخمس التي شاركت في محادثات مع الرئيس الأمريكي دونالد ترامب في نيويورك.", Day)
            .Should().BeEmpty();
    }

    [Fact]
    public void AnInvitationToASummit_IsNoMeeting() =>
        Meetings("وأعلن المتحدث باسم الكرملين دميتري بيسكوف أن روسيا وجهت دعوة إلى الأمين العام لجامعة الدول العربية أحمد أبو الغيط لحضور القمة في موسكو.", Day)
            .Should().BeEmpty();

    [Fact]
    public void ASubjectBehindALongTitle_MeetsTheCounterpartAfterMaa()
    {
        Meeting m = Meetings("تباحث وزير الشؤون الخارجية والتعاون الأفريقي المغربي ناصر بوريطة مع نظيره المصري بدر عبد العاطي في الرباط.", new DateOnly(2025, 5, 10)).Single();
        Ids(m).Should().Equal("person:nasser-bourita", "person:badr-abdelatty");
    }

    [Fact]
    public void AMeetingThatIncluded_ListsItsParticipants()
    {
        Meeting m = Meetings("وعقد في طهران اجتماع ثلاثي ضم وزراء خارجية إيران عباس عراقجي وروسيا سيرغي لافروف وتركيا هاكان فيدان.", new DateOnly(2025, 5, 10)).Single();
        Ids(m).Should().Equal("person:abbas-araghchi", "person:sergey-lavrov", "person:hakan-fidan");
    }

    [Fact]
    public void AMeetingReportsDenied_FurtherBackInTheClause_IsNoMeeting() =>
        Meetings("ونفت الرئاسة الأذربيجانية الأسبوع الماضي تقارير إعلامية تحدثت عن لقاء سري جمع علييف وباشينيان في أبوظبي.", Day).Should().BeEmpty();

    [Fact]
    public void TalksAgreedOn_AndTheEndOfTheTalksReported_AddNoMeeting()
    {
        Meeting m = Meetings("بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأذربيجاني جيهون بيراموف اليوم في موسكو آفاق التطبيع.\n\nوفي ختام المحادثات، اتفق الوزيران على عقد جولة جديدة من المشاورات في باكو خلال النصف الثاني من العام الجاري.", Day).Single();
        Ids(m).Should().Equal("person:sergey-lavrov", "person:jeyhun-bayramov");
        m.Date.Should().Be(PartialDate.FromDateOnly(Day));
    }

    [Fact]
    public void ASurnameWithTheArticleShape_IsThePersonNotAPlace()
    {
        Article article = ArticleParser.Parse("التقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني خوسيه مانويل ألباريس في الرباط.", new ArticleParserOptions { Published = new DateOnly(2025, 5, 10) });
        Ids(article.Meetings.Single()).Should().Equal("person:nasser-bourita", "person:jose-manuel-albares");
        article.Mentions.Should().NotContain(m => m.Id == "city:paris");
    }

    [Fact]
    public void AMeetingThatBroughtTogether_BeinAndAPair_ListsThePair()
    {
        Meeting m = Meetings("وعلى هامش المؤتمر، عقد لقاء ثنائي جمع بين الرئيس الفرنسي إيمانويل ماكرون والعاهل الأردني الملك عبد الله الثاني.", Day).Single();
        Ids(m).Should().Equal("person:emmanuel-macron", "person:abdullah-ii-of-jordan");
    }

    [Fact]
    public void AMeetingThatBroughtHimTogetherWith_PairsTheSubjectWithTheOtherSide()
    {
        Meeting m = Meetings("ونقل المبعوث الإيراني حسين جابري أنصاري الرسالة خلال لقاء جمعه بوزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني في الدوحة.", Day).Single();
        Ids(m).Should().Equal("person:hossein-jaberi-ansari", "person:mohammed-bin-abdulrahman-al-thani");
    }
}
