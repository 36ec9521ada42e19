using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>
/// One sentence that reports several bilateral meetings: a dual or plural counterpart, meetings in the plural, or a
/// later meeting of the same host; each sentence is written for this test.
/// </summary>
public sealed class SeveralMeetingsTests
{
    private static readonly DateOnly Day = new(2024, 12, 7);

    private static string[][] Meetings(string text) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = Day }).Meetings
            .Select(m => m.Participants.Select(p => p.Id!).ToArray()).ToArray();

    [Fact]
    public void TwoCounterparts_AreTwoMeetingsOfTheSubject() =>
        Meetings("وبحث وزير الخارجية الروسي سيرغي لافروف في الدوحة مع نظيريه التركي هاكان فيدان والإيراني عباس عراقجي الوضع في سوريا.")
            .Should().BeEquivalentTo(new[]
            {
                new[] { "person:sergey-lavrov", "person:hakan-fidan" },
                new[] { "person:sergey-lavrov", "person:abbas-araghchi" },
            }, o => o.WithStrictOrdering());

    [Fact]
    public void TwoCounterpartsInATrilateralMeeting_AreOneMeeting() =>
        Meetings("وعقد وزير الخارجية الروسي سيرغي لافروف اجتماعاً ثلاثياً مع نظيريه التركي هاكان فيدان والإيراني عباس عراقجي.")
            .Should().ContainSingle().Which.Should().Equal("person:sergey-lavrov", "person:hakan-fidan", "person:abbas-araghchi");

    [Fact]
    public void MeetingsInThePluralWithAList_AreOneMeetingWithEach() =>
        Meetings("ووصل عباس عراقجي إلى بغداد أمس حيث عقد اجتماعات مع رئيس الوزراء محمد شياع السوداني، والرئيس عبد اللطيف رشيد.")
            .Should().BeEquivalentTo(new[]
            {
                new[] { "person:abbas-araghchi", "person:mohammed-shia-al-sudani" },
                new[] { "person:abbas-araghchi", "person:abdul-latif-rashid" },
            }, o => o.WithStrictOrdering());

    [Fact]
    public void ALaterMeetingOfTheSameHost_InTheSentence_IsItsOwnMeeting() =>
        Meetings("وزار عباس عراقجي بغداد أمس وتشاور أولاً مع نظيره العراقي “فؤاد حسين”، ثم عقد اجتماعات مع رئيس الوزراء “محمد شياع السوداني”، والرئيس “عبد اللطيف رشيد”.")
            .Should().BeEquivalentTo(new[]
            {
                new[] { "person:abbas-araghchi", "person:fuad-hussein" },
                new[] { "person:abbas-araghchi", "person:mohammed-shia-al-sudani" },
                new[] { "person:abbas-araghchi", "person:abdul-latif-rashid" },
            }, o => o.WithStrictOrdering());

    [Fact]
    public void TheSameMeetingNamedAgainInTheSentence_AddsNoMeeting() =>
        Meetings("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في سوتشي، وتناول اللقاء مع الرئيس التركي الوضع في سوريا.")
            .Should().ContainSingle().Which.Should().Equal("person:vladimir-putin", "person:recep-tayyip-erdogan");

    [Fact]
    public void ALaterMeetingThatDidNotHappen_IsNoMeeting() =>
        Meetings("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في سوتشي، لكنه لم يلتق مع الرئيس الأذربيجاني إلهام علييف.")
            .Should().ContainSingle().Which.Should().Equal("person:vladimir-putin", "person:recep-tayyip-erdogan");

    [Fact]
    public void TitlesOfStateAndCouncilInTheList_DoNotEndIt() =>
        Meetings("وعقد عباس عراقجي في بغداد أمس اجتماعاً مع رئيس مجلس الوزراء محمد شياع السوداني ورئيس الجمهورية عبد اللطيف رشيد.")
            .Should().ContainSingle().Which.Should().Equal("person:abbas-araghchi", "person:mohammed-shia-al-sudani", "person:abdul-latif-rashid");

    [Fact]
    public void BilateralMeetingsWithEachOfAList_AreOneMeetingWithEach() =>
        Meetings("وعقد ولي العهد الأمير محمد بن سلمان لقاءات ثنائية مع كلٍّ من العاهل الأردني عبد الله الثاني، والرؤساء الفلسطيني محمود عباس، والتركي رجب طيب أردوغان.")
            .Should().BeEquivalentTo(new[]
            {
                new[] { "person:mohammed-bin-salman", "person:abdullah-ii-of-jordan" },
                new[] { "person:mohammed-bin-salman", "person:mahmoud-abbas" },
                new[] { "person:mohammed-bin-salman", "person:recep-tayyip-erdogan" },
            }, o => o.WithStrictOrdering());

    [Fact]
    public void MeetingsWithHisCounterparts_AreOneMeetingWithEach() =>
        Meetings("وعقد الرئيس التركي رجب طيب أردوغان في دوشنبه اجتماعات مع نظرائه الصيني شي جين بينغ، والإيراني حسن روحاني.")
            .Should().BeEquivalentTo(new[]
            {
                new[] { "person:recep-tayyip-erdogan", "person:xi-jinping" },
                new[] { "person:recep-tayyip-erdogan", "person:hassan-rouhani" },
            }, o => o.WithStrictOrdering());

    [Fact]
    public void TightenedContactsInGeneral_AreNoMeeting() =>
        Meetings("وأعرب الوزيران عن تطلعهما إلى تكثيف اللقاءات التشاورية بين البلدين خلال المرحلة المقبلة.").Should().BeEmpty();
}
