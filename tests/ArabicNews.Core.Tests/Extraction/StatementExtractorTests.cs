using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

public sealed class StatementExtractorTests
{
    private static Statement[] Statements(string text, DateOnly? published = null) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = published }).Statements.ToArray();

    [Fact]
    public void VerbThenRoleTitle_ThenColonSpeech()
    {
        Statement s = Statements("وقال الرئيس الروسي: سنراجع الوضع من وجهة نظر تأمين المنطقة.", new DateOnly(2022, 3, 1)).Single();
        s.Speaker!.Id.Should().Be("person:vladimir-putin");
        s.Content.Should().StartWith("سنراجع الوضع");
    }

    [Fact]
    public void QuotedSpeech_IsDirect_AndTheQuoteIsTheContent()
    {
        Statement s = Statements("وقال وزير الخارجية الروسي سيرغي لافروف إن \"الحوار مستمر مع باكو\".").Single();
        s.Speaker!.Id.Should().Be("person:sergey-lavrov");
        s.IsDirect.Should().BeTrue();
        s.Content.Should().Be("الحوار مستمر مع باكو");
    }

    [Fact]
    public void ReportedSpeech_AfterComplementizer_IsNotDirect()
    {
        Statement s = Statements("أكدت وزارة الخارجية الروسية، أن موسكو وباكو تحافظان على حوار سياسي مكثف.").Single();
        s.Speaker!.Id.Should().Be("organization:ministry-of-foreign-affairs-of-russia");
        s.IsDirect.Should().BeFalse();
        s.Content.Should().StartWith("موسكو وباكو تحافظان");
    }

    [Fact]
    public void ZeroSubject_ContinuesThePreviousSpeaker()
    {
        Statement[] all = Statements("قال الرئيس الأذربيجاني إلهام علييف إن \"العلاقات جيدة\".\nوأضاف: \"نتطلع إلى مزيد من التعاون مع روسيا\".");
        all.Should().HaveCount(2);
        all.Should().OnlyContain(s => s.Speaker!.Id == "person:ilham-aliyev");
        all[1].SpeakerText.Should().BeEmpty();
    }

    [Fact]
    public void Participle_AddsAStatementByTheSentenceSubject()
    {
        Statement[] all = Statements("شكر الرئيس الأذربيجاني الجانب الروسي على الحل السريع، مؤكداً أن هذا اللقاح \"يكتسب شعبية متزايدة في العالم\".", new DateOnly(2021, 4, 1));
        all.Should().ContainSingle().Which.Speaker!.Id.Should().Be("person:ilham-aliyev");
    }

    [Fact]
    public void Attribution_ToAPerson_IsAStatement_ButToAnOutletIsSourcing()
    {
        Statements("ووفقاً لحكمت حاجييف، مساعد رئيس أذربيجان، كان هذا قرارا متبادلا للقيادة العليا.")
            .Should().ContainSingle().Which.Speaker!.Id.Should().Be("person:hikmet-hajiyev");
        Statements("وفقاً لتقرير وكالة تسنيم للأنباء أحد المحاور الرئيسية للقاء كان يتعلق بالأمن الإقليمي.")
            .Should().BeEmpty();
    }

    [Fact]
    public void UnknownPerson_IntroducedByAnAppositive_IsTheSpeakerByName()
    {
        Statement s = Statements("وقال عيدين حسينوف، عضو الجمعية الوطنية الأذربيجانية، إن العلاقات بين البلدين تتطور.").Single();
        s.Speaker!.Id.Should().BeNull();
        s.Speaker.Name.Should().Be("عيدين حسينوف");
    }

    [Fact]
    public void Demonstrative_PointsBackToThePreviousPerson()
    {
        Statement[] all = Statements("وقال عيدين حسينوف، عضو الجمعية الوطنية الأذربيجانية، إن العلاقات تتطور.\nوأكد هذا العضو في الجمعية الوطنية الأذربيجانية: أن قضايا الأمن تثار دائما.");
        all.Should().HaveCount(2);
        all[1].Speaker!.Name.Should().Be("عيدين حسينوف");
        all[1].SpeakerText.Should().StartWith("هذا العضو");
    }

    [Fact]
    public void GenericOrganisationNoun_PointsBackToTheOrganisation()
    {
        Statement[] all = Statements("أكدت وزارة الخارجية الروسية أن الحوار مستمر.\nإلى ذلك أكدت الدائرة الدبلوماسية أن روسيا شريك تجاري رئيسي لأذربيجان.");
        all.Should().HaveCount(2);
        all[1].Speaker!.Id.Should().Be("organization:ministry-of-foreign-affairs-of-russia");
    }

    [Fact]
    public void TriggersInsideAQuotation_AreIgnored()
    {
        Statements("وقال بوتين: \"وقال لنا الشركاء إنهم مستعدون للعمل معا\".")
            .Should().ContainSingle().Which.Speaker!.Id.Should().Be("person:vladimir-putin");
    }

    [Fact]
    public void QuotedName_IsNotSpeech()
    {
        Statements("شكر الرئيس الجانب الروسي على إمداد بلاده بلقاح \"سبوتنيك V\".").Should().BeEmpty();
    }

    [Fact]
    public void SeveralQuotations_InOneClause_GiveOneStatementEach()
    {
        Statement[] all = Statements("واختتم علييف قائلاً إن أذربيجان، \"ليس بالقول فحسب، بل بالأفعال أيضا\"، تبذل جهدها من أجل ضمان \"سير حالة ما بعد الصراع في جو هادئ\".");
        all.Should().HaveCount(2);
        all.Select(s => s.Content).Should().Contain(c => c.StartsWith("ليس بالقول", System.StringComparison.Ordinal));
        all.Should().OnlyContain(s => s.Speaker!.Id == "person:ilham-aliyev");
    }

    [Fact]
    public void VerbWithoutSpeaker_ThatNeedsOne_GivesNothing()
    {
        Statements("عندما أعلن الإقليم انفصاله عن جمهورية أذربيجان.").Should().BeEmpty();
    }

    [Fact]
    public void EvidenceSpan_CoversTheTriggerAndTheContent()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف إن \"الحوار مستمر مع باكو\".";
        Statement s = Statements(text).Single();
        string evidence = text.Substring(s.Evidence.Start, s.Evidence.Length);
        evidence.Should().StartWith("وقال").And.Contain("الحوار مستمر مع باكو");
    }

    [Fact]
    public void TitleWithDemonym_IsTheHolderNamedBefore()
    {
        Statement s = Statements("بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأذربيجاني جيهون بيراموف مسار التسوية. "
            + "وأضاف الوزير الروسي أن \"الاتصالات يجب أن تخدم جميع شعوب المنطقة\".").Last();
        s.Speaker!.Id.Should().Be("person:sergey-lavrov");
    }

    [Fact]
    public void PresentTenseSpeech_ByAPersonOutsideTheCatalog()
    {
        Statement s = Statements("ويقول الباحث في الشؤون الأوراسية تيمور أوماروف إن «موسكو لم تعد اللاعب الوحيد في المنطقة».").Single();
        s.Speaker!.Id.Should().BeNull();
        s.Speaker.Name.Should().Be("تيمور أوماروف");
    }

    [Fact]
    public void DescribedAs_IsAStatementOfTheOneWhoDescribes()
    {
        Statement s = Statements("استقبل بوتين ويتكوف في لقاء استمر ثلاث ساعات، ووصفه مساعد الرئيس الروسي يوري أوشاكوف بأنه \"مفيد وبناء للغاية\".").Single();
        s.Speaker!.Id.Should().Be("person:yuri-ushakov");
        s.Content.Should().Be("مفيد وبناء للغاية");
    }

    [Fact]
    public void Participle_ContinuesTheOrganisationRightAfterTheOpeningVerb()
    {
        Statement s = Statements("نفى الكرملين، الخميس، وجود أي تحضيرات لعقد لقاء بين بوتين وزيلينسكي، مؤكدا أن مثل هذا اللقاء \"لا يمكن أن يعقد إلا في المرحلة النهائية\".").Single();
        s.Speaker!.Id.Should().Be("organization:moscow-kremlin");
    }

    [Fact]
    public void AttributionInsideTheReport_DoesNotCutItOff()
    {
        Statement s = Statements("وقال شي جين بينغ، بحسب ما نقلت وكالة شينخوا، إن \"الصين مستعدة للعمل مع روسيا\".").Single();
        s.Speaker!.Id.Should().Be("person:xi-jinping");
        s.Content.Should().Be("الصين مستعدة للعمل مع روسيا");
    }

    [Fact]
    public void SurnameAlone_IsThePersonNamedInFullBefore()
    {
        Statement s = Statements("وعقد وزير الاقتصاد ميكائيل جباروف اجتماعا مع الوفد الروسي. وقال جباروف إن \"حجم نقل البضائع ارتفع بنسبة 30 بالمئة\".").Single();
        s.Speaker!.Id.Should().Be("person:mikayil-jabbarov");
    }

    [Theory]
    [InlineData("إلهام علييف")]
    [InlineData("بوتين وعلييف")]
    public void QuotedNames_AreNotQuotedSpeech(string name) =>
        Statements("وقال وزير الخارجية الروسي سيرغي لافروف إن \"" + name + "\" سيزوران موسكو قريبا.")
            .Should().ContainSingle().Which.IsDirect.Should().BeFalse("the quotation marks hold a name, not the speaker's words");

    [Fact]
    public void QuotationHoldingANameAndMore_IsQuotedSpeech() =>
        Statements("وقال وزير الخارجية الروسي سيرغي لافروف إن \"إلهام علييف سيزور موسكو قريبا\".")
            .Should().ContainSingle(s => s.IsDirect).Which.Content.Should().Be("إلهام علييف سيزور موسكو قريبا");

    [Fact]
    public void QuotationAfterANamingNoun_IsAName() =>
        Statements("وقال وزير الخارجية الروسي سيرغي لافروف إن لقاح \"سبوتنيك V\" أثبت فعاليته.")
            .Should().ContainSingle().Which.IsDirect.Should().BeFalse("the quotation marks hold the vaccine's name");

    [Fact]
    public void QuotationWithNoReportingWord_IsSpeechOfThePersonNamedBeforeIt()
    {
        Statement s = Statements("وبالنسبة لبوتين، فإن \"العلاقات مع باكو استراتيجية وطويلة الأمد\".").Single();
        s.Speaker!.Id.Should().Be("person:vladimir-putin");
        s.IsDirect.Should().BeTrue();
        s.Content.Should().Be("العلاقات مع باكو استراتيجية وطويلة الأمد");
    }

    [Theory]
    [InlineData("قالت مصادر مطلعة إن لقاء بوتين وعلييف \"سيعقد في موسكو خلال الأسبوع المقبل\".")]
    [InlineData("وأشارت مصادر مطلعة إلى أن بوتين وعلييف \"سيلتقيان في موسكو خلال الأسبوع المقبل\".")]
    [InlineData("وبحسب مصادر مطلعة، فإن لقاء بوتين وعلييف \"سيعقد في موسكو خلال الأسبوع المقبل\".")]
    public void QuotationReportedByAnUnnamedSource_IsNotGivenToAPersonNamedInTheReport(string text)
    {
        Statement s = Statements(text).Single();
        s.Speaker!.Id.Should().BeNull("the unnamed source spoke, not Putin or Aliyev");
        s.Speaker.Name.Should().Be("مصادر مطلعة");
        s.Content.Should().Contain("في موسكو خلال الأسبوع المقبل");
    }

    [Fact]
    public void AliAfterANameParticle_IsPartOfTheName_NotAPreposition()
    {
        Statement s = Statements("وقال رئيس الوزراء التركي السابق بن علي يلدريم إن العلاقات مع روسيا جيدة.").Single();
        s.Speaker!.Id.Should().Be("person:binali-yildirim");
        s.SpeakerText.Should().Be("رئيس الوزراء التركي السابق بن علي يلدريم");
    }

    [Theory]
    [InlineData("وقال رئيس مؤسسة \"روساتوم\" الحكومية أليكسي ليخاتشيف إن التعاون مستمر.", "رئيس مؤسسة \"روساتوم\" الحكومية أليكسي ليخاتشيف")]
    [InlineData("وقال رئيس شركة \"السكك الحديدية الروسية\" أوليغ بيلوزيوروف إن التعاون مستمر.", "رئيس شركة \"السكك الحديدية الروسية\" أوليغ بيلوزيوروف")]
    public void QuotedNameOfUpToThreeWords_StaysInsideTheSpeakerPhrase(string text, string speakerText) =>
        Statements(text).Should().ContainSingle().Which.SpeakerText.Should().Be(speakerText);

    [Fact]
    public void QuotationRightAfterTheSpeaker_EndsThePhrase_AndIsTheContent()
    {
        Statement s = Statements("وقال لافروف \"العلاقات بين البلدين جيدة جدا\".").Single();
        s.SpeakerText.Should().Be("لافروف");
        s.Content.Should().Be("العلاقات بين البلدين جيدة جدا");
        s.IsDirect.Should().BeTrue();
    }

    [Theory]
    [InlineData("وقال لافروف: \"العلاقات جيدة جدا بين البلدين\".")]
    [InlineData("وقال لافروف:\"العلاقات جيدة جدا بين البلدين\".")]
    public void QuotationRightAfterTheColon_IsDirectSpeech_WithoutItsMarks(string text)
    {
        Statement s = Statements(text).Single();
        s.Content.Should().Be("العلاقات جيدة جدا بين البلدين");
        s.IsDirect.Should().BeTrue();
    }

    [Theory]
    [InlineData("وقال لافروف في ختام المحادثات:")]
    [InlineData("وقال لافروف: ،")]
    [InlineData("وقال لافروف: ، ")]
    public void ColonWithNothingAfterIt_AtTheEndOfTheText_IsNoStatement(string text) =>
        Statements(text).Should().BeEmpty();

    [Theory]
    [InlineData("وقال الخبير أحمد سمير إن العلاقات بين البلدين جيدة.", "أحمد سمير")] // the shortest: a title and two words
    [InlineData("وقال الخبير في الشؤون القوقازية أحمد بن علي إن العلاقات بين البلدين جيدة.", "أحمد بن علي")]
    [InlineData("وقال الباحث في الشؤون الروسية خالد محمود سعيد ناصر إن العلاقات بين البلدين جيدة.", "خالد محمود سعيد ناصر")]
    public void PersonOutsideTheCatalog_AfterATitle_IsTheSpeakerByName(string text, string name)
    {
        EntityReference speaker = Statements(text).Single().Speaker!;
        speaker.Id.Should().BeNull();
        speaker.Name.Should().Be(name);
    }

    [Fact]
    public void TitleAndASingleWord_IsNoName() =>
        Statements("وقال الخبير سمير إن العلاقات بين البلدين جيدة.").Should().BeEmpty();

    [Fact]
    public void ARephrasingVerbAndParticiple_ContinueTheSpeaker()
    {
        Statement[] statements = ArticleParser.Parse(
            "قال أحمد أبو زيد إن التصريحات الأخيرة غير مقبولة، معقبا: \"موقفنا ثابت ولن يتغير\". "
            + "وأردف أن الحوار هو الطريق الوحيد، مستطردا أن القاهرة ستواصل اتصالاتها.").Statements.ToArray();
        statements.Select(static s => s.Content).Should().Equal(
            "التصريحات الأخيرة غير مقبولة", "موقفنا ثابت ولن يتغير", "الحوار هو الطريق الوحيد", "القاهرة ستواصل اتصالاتها.");
        statements.Should().AllSatisfy(static s => s.Speaker!.Id.Should().Be("person:ahmed-abu-zeid"));
    }

    [Fact]
    public void AParticipleOpeningASentence_IsANoun()
    {
        Statement statement = ArticleParser.Parse("قال دميتري بيسكوف إن الحوار مستمر.\nمتابعة أخبارنا على تلغرام: https://t.me/example").Statements.Single();
        statement.Content.Should().Be("الحوار مستمر.");
    }

    [Fact]
    public void TheFeminineNounOfFollowingUp_IsNoParticiple()
    {
        Statement statement = ArticleParser.Parse("أعلن وزير الخارجية عبدالله اليحيا، متابعة بلاده للتطورات، مشددا على استعداد الكويت للتعامل معها.").Statements.Single();
        statement.Content.Should().Be("استعداد الكويت للتعامل معها.");
    }

    [Fact]
    public void AProgrammeQuotedAfterAGluedPreposition_IsAName()
    {
        Statement statement = ArticleParser.Parse(
            "وقال أحمد أبو زيد، خلال مداخلة هاتفية ببرنامج «حديث المساء»، إن مصر تواصل اتصالاتها.").Statements.Single();
        statement.Content.Should().Be("مصر تواصل اتصالاتها.");
    }

    [Fact]
    public void AVerbOfContinuing_ReportsSpeechOnlyBeforeAColon()
    {
        Statement[] statements = ArticleParser.Parse(
            "قال أحمد أبو زيد إن مصر تتابع التطورات. وواصل: «القاهرة على اتصال دائم بكل الأطراف». وواصلت القوات تقدمها نحو المدينة.")
            .Statements.ToArray();
        statements.Select(static s => s.Content).Should().Equal("مصر تتابع التطورات.", "القاهرة على اتصال دائم بكل الأطراف");
        statements[1].Speaker!.Id.Should().Be("person:ahmed-abu-zeid");
    }
}
