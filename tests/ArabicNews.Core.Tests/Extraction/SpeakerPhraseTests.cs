using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>A speaker phrase ends at the person's name: what follows it (to whom, how) is neither speaker nor content.</summary>
public sealed class SpeakerPhraseTests
{
    [Theory]
    [InlineData("وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن موسكو ترحب بالمبادرة.")]
    [InlineData("وقال المتحدث باسم الكرملين دميتري بيسكوف بتصريح صحافي إن موسكو ترحب بالمبادرة.")]
    [InlineData("وقال المتحدث باسم الكرملين دميتري بيسكوف لوسائل الإعلام إن موسكو ترحب بالمبادرة.")]
    [InlineData("وقال المتحدث باسم الكرملين دميتري بيسكوف في تصريحات للتلفزيون الروسي إن موسكو ترحب بالمبادرة.")]
    public void WhatFollowsTheName_IsNotPartOfTheSpeaker(string sentence)
    {
        Statement statement = ArticleParser.Parse(sentence).Statements.Single();
        statement.Speaker!.Id.Should().Be("person:dmitry-peskov");
        statement.SpeakerText.Should().Be("المتحدث باسم الكرملين دميتري بيسكوف");
        statement.Content.Should().Be("موسكو ترحب بالمبادرة.");
    }

    [Theory]
    [InlineData("وأكد بوتين وجود اتفاق على عقد لقاء مع نظيره التركي قريبا.", "person:vladimir-putin", "بوتين", "وجود اتفاق على عقد لقاء مع نظيره التركي قريبا.")]
    [InlineData("وأكد الرئيس الروسي فلاديمير بوتين أهمية التعاون مع أذربيجان.", "person:vladimir-putin", "الرئيس الروسي فلاديمير بوتين", "أهمية التعاون مع أذربيجان.")]
    public void AnObjectRightAfterTheName_IsWhatWasSaid(string sentence, string id, string speakerText, string content)
    {
        Statement statement = ArticleParser.Parse(sentence).Statements.Single();
        statement.Speaker!.Id.Should().Be(id);
        statement.SpeakerText.Should().Be(speakerText);
        statement.Content.Should().Be(content);
    }

    [Fact]
    public void ATitleAfterTheName_StaysInTheSpeakerPhrase()
    {
        Statement statement = ArticleParser.Parse("وأكد إلهام علييف رئيس جمهورية أذربيجان أن العلاقات متينة.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:ilham-aliyev");
        statement.Content.Should().Be("العلاقات متينة.");
    }

    [Fact]
    public void ASurnameAlone_IsThePersonNamedBefore()
    {
        Statement[] statements = ArticleParser.Parse(
            "قال نائب رئيس الوزراء الأذربيجاني شاهين مصطفاييف إن الحوار مستمر. وأوضح مصطفاييف أن الاتصالات قائمة.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements[1].Speaker!.Id.Should().Be("person:shahin-mustafayev");
        statements[1].Content.Should().Be("الاتصالات قائمة.");
    }
}
