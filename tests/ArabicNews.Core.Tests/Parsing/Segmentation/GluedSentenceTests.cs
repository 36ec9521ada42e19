using System.Linq;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Segmentation;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Segmentation;

/// <summary>A full stop that lost its space still ends a sentence after a word, but not inside an abbreviation or a number.</summary>
public sealed class GluedSentenceTests
{
    private static string[] Sentences(string text)
    {
        var layout = new ArticleLayout();
        ArticleSegmenter.Segment(text, [], EntityCatalog.Default, layout);
        return layout.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void AFullStopGluedToTheNextWord_EndsTheSentence() =>
        Sentences("وصل الوفد إلى العاصمة مساء أمس.وبدأ محادثاته صباح اليوم.")
            .Should().Equal("وصل الوفد إلى العاصمة مساء أمس.", "وبدأ محادثاته صباح اليوم.");

    [Theory]
    [InlineData("استقبل الوزير د.سامي العلي في مكتبه بالعاصمة.")]
    [InlineData("ارتفع النمو إلى 3.5 في المئة خلال العام.")]
    [InlineData("نشر الخبر موقع example.com صباح اليوم.")]
    public void AnAbbreviationANumberOrALatinName_KeepsTheSentenceWhole(string text) =>
        Sentences(text).Should().ContainSingle();

    [Fact]
    public void TwoMeetingsInGluedSentences_AreBothFound()
    {
        Article article = ArticleParser.Parse(
            "التقى الرئيس الروسي فلاديمير بوتين بنظيره التركي رجب طيب أردوغان في سوتشي.والتقى وزير الخارجية الروسي سيرغي لافروف بنظيره الإيراني عباس عراقجي.",
            new ArticleParserOptions { Published = new System.DateOnly(2024, 4, 8) });
        article.Meetings.Select(m => string.Join(" ", m.Participants.Select(p => p.Id)))
            .Should().Equal("person:vladimir-putin person:recep-tayyip-erdogan", "person:sergey-lavrov person:abbas-araghchi");
    }
}
