using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>
/// Who a speaker phrase names when it is not a catalog name: a title standing for the person it introduced, a name
/// in apposition to a title, the surname of someone named before, or a source outside the catalog.
/// </summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void ATitleAlone_IsThePersonItIntroducedBefore()
    {
        Statement statement = ArticleParser.Parse(
            "وصل توم باراك، المبعوث الخاص للرئيس دونالد ترامب، إلى أربيل. وأكد المبعوث الأمريكي أن واشنطن تدعم الحوار بين الأطراف.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:tom-barrack");
        statement.Content.Should().Be("واشنطن تدعم الحوار بين الأطراف.");
    }

    [Fact]
    public void ATitleWithItsDescriptor_MeetsTheSameTitleNotAnother()
    {
        Statement[] statements = ArticleParser.Parse(
            "وأكد رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان، لدى استقباله نائب رئيس الوزراء الروسي أليكسي أوفرتشوك، أن العلاقات جيدة. "
            + "وأضاف رئيس الجمهورية أن التعاون سيتوسع.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements[1].Speaker!.Id.Should().Be("person:masoud-pezeshkian");
        statements[1].Content.Should().Be("التعاون سيتوسع.");
    }

    [Fact]
    public void ATitleAndASurname_IsThePersonNamedBefore()
    {
        Statement statement = ArticleParser.Parse(
            "رحب مسعود بارزاني بالزيارة. وقال الرئيس بارزاني إن الحوار هو الطريق الوحيد لحل الخلافات.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:masoud-barzani");
        statement.SpeakerText.Should().Be("الرئيس بارزاني");
    }

    [Fact]
    public void ANameInAppositionToATitle_IsTheSpeaker_AndItsSurnameLater()
    {
        Statement[] statements = ArticleParser.Parse(
            "أعلن رئيس مركز الدراسات الاستراتيجية في أنقرة، نور الدين كاراتاش، أن الحكومة ستطلق برنامجا جديدا. وأوضح كاراتاش أن البرنامج يشمل دورات تدريبية.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements.Should().AllSatisfy(static s => s.Speaker!.Name.Should().Be("نور الدين كاراتاش"));
        statements[0].Speaker!.Id.Should().BeNull();
        statements[0].Content.Should().Be("الحكومة ستطلق برنامجا جديدا.");
        statements[1].SpeakerText.Should().Be("كاراتاش");
    }

    [Fact]
    public void ARoleInsideATitlesDescriptor_IsNotTheSpeaker()
    {
        Statement statement = ArticleParser.Parse("أعلن السكرتير الصحفي لرئيس كازاخستان - أرمان سيتقالييف، أن الرئيس سيزور موسكو قريبا.").Statements.Single();
        statement.Speaker!.Id.Should().BeNull();
        statement.Speaker.Name.Should().Be("أرمان سيتقالييف");
    }

    [Fact]
    public void AFamilyNameWithTheArticle_EndsANameAfterItsTitle()
    {
        Statement[] statements = ArticleParser.Parse(
            "وقال الخبير الإعلامي الأردني فواز الخلايلة إن القرار خطوة مهمة. وأضاف الخلايلة أن التجربة تستحق الدراسة.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements.Should().AllSatisfy(static s => s.Speaker!.Name.Should().Be("فواز الخلايلة"));
    }

    [Theory]
    [InlineData("قالت مصادر مطلعة إن المفاوضات ستستأنف في القاهرة.", "مصادر مطلعة", "المفاوضات ستستأنف في القاهرة.")]
    [InlineData("أعلنت مديرية الأنواء الجوية في محافظة دهوك، أن أمطارا غزيرة ستهطل على المناطق الجبلية.", "مديرية الأنواء الجوية", "أمطارا غزيرة ستهطل على المناطق الجبلية.")]
    [InlineData("وجاء في بيان وزارة الخارجية أن الجانبين ناقشا توسيع التعاون الاقتصادي.", "بيان وزارة الخارجية", "الجانبين ناقشا توسيع التعاون الاقتصادي.")]
    public void ASourceOutsideTheCatalog_IsNamedByItsWords(string sentence, string name, string content)
    {
        Statement statement = ArticleParser.Parse(sentence).Statements.Single();
        statement.Speaker!.Id.Should().BeNull();
        statement.Speaker.Name.Should().Be(name);
        statement.Content.Should().Be(content);
    }

    [Fact]
    public void WhatTheArticlesOwnOutletReports_IsNoStatement()
    {
        Article article = ArticleParser.Parse("طهران، 5 مايو 2025، مهر\n\nوأفادت وكالة مهر للأنباء أن الرئيس الإيراني سيزور بغداد الأسبوع المقبل.");
        article.Source!.Id.Should().Be("media:mehr-news-agency");
        article.Statements.Should().BeEmpty();
    }

    [Fact]
    public void AChineseFamilyNameAlone_IsThePersonNamedBefore()
    {
        Statement[] statements = ArticleParser.Parse(
            "قال وزير الخارجية الصيني وانغ يي إن الحوار ضروري. وأضاف وانغ أن بكين منفتحة على التعاون.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements[1].Speaker!.Id.Should().Be("person:wang-yi");
        statements[1].SpeakerText.Should().Be("وانغ");
    }
}
