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

    [Fact]
    public void ASpokesmanTitleWithoutAName_IsThePersonItIntroduced_OfficialOrNot()
    {
        Statement[] statements = ArticleParser.Parse(
            "قال أحمد أبو زيد، المتحدث الرسمي باسم وزارة الخارجية، إن القاهرة تدعو إلى التهدئة. وأكد المتحدث باسم وزارة الخارجية أن الاتصالات مستمرة.")
            .Statements.ToArray();
        statements.Should().HaveCount(2);
        statements.Should().AllSatisfy(static s => s.Speaker!.Id.Should().Be("person:ahmed-abu-zeid"));
        statements[1].Content.Should().Be("الاتصالات مستمرة.");
    }

    [Fact]
    public void ANameInAppositionToATitle_BeforeAColon_IsTheSpeaker()
    {
        Statement statement = ArticleParser.Parse("وقال نائب المتحدث باسم الحكومة، كريم نوري: الخطة جاهزة للتنفيذ.").Statements.Single();
        statement.Speaker!.Id.Should().BeNull();
        statement.Speaker.Name.Should().Be("كريم نوري");
        statement.Content.Should().Be("الخطة جاهزة للتنفيذ.");
    }

    [Fact]
    public void ATitleHeldByThePreviousSpeaker_StaysTheirs_AfterAnotherHolderIsNamed()
    {
        Statement[] statements = ArticleParser.Parse(
            "أكد وزير الخارجية عبدالله اليحيا أن بلاده تدعم الحوار. وقال إنه بحث مع وزير الخارجية الأردني أيمن الصفدي آخر التطورات. "
            + "وشدد وزير الخارجية على أن الحل لن يكون إلا سياسيا.").Statements.ToArray();
        statements.Should().HaveCount(3);
        statements[2].Speaker!.Id.Should().Be("person:abdullah-ali-al-yahya");
        statements[2].Content.Should().Be("الحل لن يكون إلا سياسيا.");
    }

    [Theory]
    [InlineData("وأوضح أبو زيد أن الاتصالات مستمرة.", "أبو زيد")]
    [InlineData("وأضاف «أبو زيد»، في مداخلة هاتفية، أن الاتصالات مستمرة.", "«أبو زيد»")]
    public void ASurnameAfterANameParticle_QuotedOrNot_IsThePersonNamedBefore(string second, string speakerText)
    {
        Statement[] statements = ArticleParser.Parse("قال أحمد أبو زيد إن مصر تتابع التطورات. " + second).Statements.ToArray();
        statements.Should().HaveCount(2);
        statements[1].Speaker!.Id.Should().Be("person:ahmed-abu-zeid");
        statements[1].SpeakerText.Should().Be(speakerText);
        statements[1].Content.Should().Be("الاتصالات مستمرة.");
    }

    [Fact]
    public void AShortQuotationAfterTheVerb_ThatNamesNobody_IsStillWhatWasSaid()
    {
        Statement[] statements = ArticleParser.Parse("قال أحمد أبو زيد إن مصر تتابع التطورات. وأضاف «لن نتراجع»، ثم غادر القاعة.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements[1].Speaker!.Id.Should().Be("person:ahmed-abu-zeid");
        statements[1].Content.Should().Be("لن نتراجع");
    }

    [Fact]
    public void AnUnnamedSourceWithADemonym_IsTheSource_NotTheState()
    {
        Statement statement = ArticleParser.Parse("قال مصدر دبلوماسي تركي لوكالة رويترز إن أنقرة تلقت إخطارا مسبقا بالعملية.").Statements.Single();
        statement.Speaker!.Id.Should().BeNull();
        statement.Speaker.Name.Should().Be("مصدر دبلوماسي تركي");
        statement.Content.Should().Be("أنقرة تلقت إخطارا مسبقا بالعملية.");
    }

    [Fact]
    public void WhatIsSaidDuringACallReceived_IsTheCallers()
    {
        Statement[] statements = ArticleParser.Parse(
            "تلقى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين، أكد خلاله أن الهجوم على القافلة الإنسانية مرفوض، "
            + "مؤكدا دعم بلاده لجهود التهدئة في المنطقة.").Statements.ToArray();
        statements.Should().HaveCount(2);
        statements.Should().AllSatisfy(static s => s.Speaker!.Id.Should().Be("person:vladimir-putin"));
        statements[0].Content.Should().Be("الهجوم على القافلة الإنسانية مرفوض");
        statements[1].Content.Should().Be("دعم بلاده لجهود التهدئة في المنطقة.");
    }

    [Theory]
    [InlineData("وفي سياق آخر، تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين، مؤكدا دعم بلاده للتهدئة.", "person:vladimir-putin")]
    [InlineData("وفي سياق آخر من الأسبوع الماضي، تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين، مؤكدا دعم بلاده للتهدئة.", "person:abdel-fattah-el-sisi")]
    public void ACallReceivedAfterAShortTransition_GivesTheCallerTheWord_ALongerOneDoesNot(string text, string speaker) =>
        ArticleParser.Parse(text).Statements.Single().Speaker!.Id.Should().Be(speaker);

    [Fact]
    public void WhatIsSaidAfterACallMade_IsTheCallers()
    {
        Statement statement = ArticleParser.Parse(
            "أجرى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين، مؤكدا دعم مصر لجهود التهدئة في المنطقة.").Statements.Single();
        statement.Speaker!.Id.Should().Be("person:abdel-fattah-el-sisi");
    }

    [Theory]
    [InlineData("وجاءت الزيارة عقب تصريح سابق للمتحدث باسم الكرملين دميتري بيسكوف، بأن موسكو ترحب بالحوار.")]
    [InlineData("وجاءت الزيارة بعد تصريحات لدميتري بيسكوف في موسكو بأن موسكو ترحب بالحوار.")]
    public void ARemarkByATitleOrAPerson_NamesTheSpeakerOfWhatFollows(string text)
    {
        Statement statement = ArticleParser.Parse(text).Statements.Single();
        statement.Speaker!.Id.Should().Be("person:dmitry-peskov");
        statement.Content.Should().Be("موسكو ترحب بالحوار.");
    }

    [Theory]
    [InlineData("وقال دميتري بيسكوف في تصريح لوكالة تاس إن موسكو ترحب بالحوار.")]
    [InlineData("وقال دميتري بيسكوف في تصريح للصحفيين إن موسكو ترحب بالحوار.")]
    public void ARemarkToAnOutletOrThepress_AfterTheVerb_IsHowTheSpeakerSpoke(string text)
    {
        Statement statement = ArticleParser.Parse(text).Statements.Single();
        statement.Speaker!.Id.Should().Be("person:dmitry-peskov");
        statement.Content.Should().Be("موسكو ترحب بالحوار.");
    }
}
