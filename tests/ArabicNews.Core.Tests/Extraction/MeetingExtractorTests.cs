using System.Linq;
using ArabicNews.Core.Domain;
using ArabicNews.Core.Parsing;
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
}
