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
}
