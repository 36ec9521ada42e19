using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>Where what was said starts, and clauses that only look like statements.</summary>
public sealed class StatementBoundaryTests
{
    [Fact]
    public void APrepositionInHowTheySpoke_DoesNotOpenTheContent()
    {
        Statement statement = ArticleParser.Parse(
            "قال هاكان فيدان في منشور عبر حسابه على منصة إكس، بأن بلاده ستواصل جهودها من أجل السلام.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:hakan-fidan");
        statement.Content.Should().Be("بلاده ستواصل جهودها من أجل السلام.");
    }

    [Fact]
    public void ARenewedEmphasis_OpensAfterItsComplementizer()
    {
        Statement statement = ArticleParser.Parse("وجدد الرئيس مسعود بارزاني التأكيد على أن الإقليم يعمل من أجل الاستقرار.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:masoud-barzani");
        statement.Content.Should().Be("الإقليم يعمل من أجل الاستقرار.");
    }

    [Theory]
    [InlineData("وفي مباراة الدوري، أضاف اللاعب الصربي دوشان تاديتش، الهدف الثاني لفريقه بعد تمريرة قصيرة.")]
    [InlineData("جاء ذلك في إطار زيارة رسمية يقوم بها الوزير إلى أنقرة.")]
    [InlineData("تحدث الرئيسان عن التعاون الثنائي، وفقاً لما أعلنته الرئاسة الكازاخستانية اليوم الإثنين 27 أكتوبر 2025.")]
    public void AClauseWithNothingSaid_IsNoStatement(string sentence) =>
        ArticleParser.Parse(sentence).Statements.Should().BeEmpty();

    [Theory]
    [InlineData("صرح بذلك وانغ يي أمام الصحفيين قبل الاجتماع.")]
    [InlineData("أعلنت الحكومة العراقية، اليوم الاثنين، عن إجراء اتصال هاتفي بين الرئيسين.")]
    [InlineData("استقبل لافروف السفير \"أحمد الراشد\" في موسكو.")]
    public void AReportOfAnEventOrAQuotedName_IsNoStatement(string sentence) =>
        ArticleParser.Parse(sentence).Statements.Should().BeEmpty();

    [Fact]
    public void AReportedClauseClosedByAQuotation_IsOneStatement()
    {
        Statement statement = ArticleParser.Parse("وقال بيسكوف إن الاجتماع سيعقد قريبا، \"لكن موعده لم يحدد بعد\".").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:dmitry-peskov");
        statement.Content.Should().StartWith("الاجتماع سيعقد قريبا").And.Contain("لكن موعده لم يحدد بعد");
    }

    [Fact]
    public void ASubjectBeforeItsVerb_InsideAnotherReport_IsTheSpeaker()
    {
        Statement statement = ArticleParser.Parse(
            "وأشار علييف إلى أن وزير الخارجية الروسي سيرغي لافروف أكد، خلال كلمته، أن موسكو تدعم المبادرة.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:sergey-lavrov");
        statement.SpeakerText.Should().Be("وزير الخارجية الروسي سيرغي لافروف");
        statement.Content.Should().Be("موسكو تدعم المبادرة.");
    }

    [Fact]
    public void AVerbCoordinatedWithTheSubjectsVerb_SharesItsSubject()
    {
        Statement statement = ArticleParser.Parse("وأشاد بوتين بالاتفاق ووصفه بأنه \"خطوة تاريخية نحو السلام\".").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:vladimir-putin");
        statement.Content.Should().Be("خطوة تاريخية نحو السلام");
    }

    [Fact]
    public void APrepositionAfterTheComplementizer_IsPartOfTheContent()
    {
        Statement statement = ArticleParser.Parse("وأوضح سعيد خطيب زاده أن على الولايات المتحدة العودة إلى الاتفاق.").Statements.Single();
        statement.Content.Should().Be("على الولايات المتحدة العودة إلى الاتفاق.");
    }

    [Fact]
    public void AReportingVerbInsideTheReportedClause_DoesNotCutIt()
    {
        Statement statement = ArticleParser.Parse("قال أحمد أبو زيد إن مصر أشارت مرارا إلى خطورة التصعيد في المنطقة.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:ahmed-abu-zeid");
        statement.Content.Should().Be("مصر أشارت مرارا إلى خطورة التصعيد في المنطقة.");
    }

    [Fact]
    public void AReportingVerbAfterAPersonInTheReportedClause_IsTheirStatement()
    {
        Statement[] statements = ArticleParser.Parse("وأشار أحمد أبو زيد إلى أن سامح شكري أكد، خلال الاتصال، أن مصر ترفض التهجير.").Statements.ToArray();
        statements.Select(static s => s.Speaker!.Id).Should().Contain("person:sameh-shoukry");
    }

    [Fact]
    public void AQuotationClosingAClauseWithAComplementizerFurtherBack_BelongsToTheClause()
    {
        Statement statement = ArticleParser.Parse(
            "قال أحمد أبو زيد إن القاهرة تريد أن تبقى الهدنة \"قائمة دون أي شروط مسبقة\".").Statements.Single();
        statement.Content.Should().StartWith("القاهرة تريد أن تبقى الهدنة").And.Contain("قائمة دون أي شروط مسبقة");
    }

    [Fact]
    public void AParticiple_TakesWhatWasSaidAsItsObject_NotFromAPrepositionFurtherOn()
    {
        Statement[] statements = ArticleParser.Parse(
            "قال أحمد أبو زيد إن مصر تتابع التطورات، مؤكدا تضامن مصر مع الأشقاء فيما يتخذونه من إجراءات للحفاظ على أمنهم.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements[1].Content.Should().Be("تضامن مصر مع الأشقاء فيما يتخذونه من إجراءات للحفاظ على أمنهم.");
    }
}
