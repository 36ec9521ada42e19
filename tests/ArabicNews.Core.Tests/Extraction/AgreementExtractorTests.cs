using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

public sealed class AgreementExtractorTests
{
    private static Agreement[] Agreements(string text, System.DateOnly? published = null) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = published }).Agreements.ToArray();

    [Fact]
    public void NamedTreaty_WithSigningDate_IsLinkedToTheCatalog()
    {
        Agreement a = Agreements("الوثيقة الرئيسية هي \"معاهدة الصداقة والتعاون والأمن المتبادل\" الموقعة بين روسيا وأذربيجان في 3 يوليو 1997.").Single();
        a.Id.Should().Be("agreement:treaty-of-friendship-cooperation-and-mutual-security");
        a.Kind.Should().Be(AgreementKind.Treaty);
        a.Status.Should().Be(AgreementStatus.Signed);
        a.Signed.Should().Be(new PartialDate(1997, 7, 3));
    }

    [Fact]
    public void ListOfDates_GivesOneAgreementPerDate()
    {
        Agreement[] all = Agreements("الالتزام بالاتفاقيات الثلاثية رفيعة المستوى بتاريخ 9 نوفمبر (تشرين الثاني) 2020 و11 يناير (كانون الثاني) و26 نوفمبر (تشرين الثاني) 2021 يظل عاملا أساسيا.");
        all.Select(a => a.Signed!.Value.ToString()).Should().Equal("2020-11-09", "2021-01-11", "2021-11-26");
    }

    [Fact]
    public void SigningStillToCome_IsProposed()
    {
        Agreement a = Agreements("ستواصل روسيا المساهمة في توقيع اتفاق السلام بين أذربيجان وأرمينيا.").Single();
        a.Status.Should().Be(AgreementStatus.Proposed);
        a.Title.Should().Be("اتفاق السلام بين أذربيجان وأرمينيا");
    }

    [Fact]
    public void Anaphor_AddsNothing()
    {
        Agreements("وينص هذا الاتفاق على أن تتوقف القوات عند مواقعها.").Should().BeEmpty();
    }

    [Fact]
    public void Announcement_IsNotADeclaration()
    {
        Agreements("وجاء الإعلان عن الزيارة أمس.").Should().BeEmpty();
    }

    [Fact]
    public void DeclarationSignedOnAKnownDate_IsLinkedByKindAndDate()
    {
        Agreement a = Agreements("في 22 فبراير 2022، وقع رئيسا أذربيجان وروسيا في موسكو على إعلان بشأن التعاون بين البلدين.").Single();
        a.Id.Should().Be("agreement:declaration-on-allied-interaction");
        a.Kind.Should().Be(AgreementKind.Declaration);
        a.Parties.Select(p => p.Id).Should().BeEquivalentTo("country:russia", "country:azerbaijan");
    }

    [Theory]
    [InlineData("وقعت الحكومتان مذكرة تفاهم بشأن النقل.", AgreementKind.Memorandum)]
    [InlineData("ويجري تنفيذ خطة العمل لتطوير التعاون.", AgreementKind.ActionPlan)]
    [InlineData("اعتمد الجانبان خارطة طريق للتعاون الاقتصادي.", AgreementKind.Roadmap)]
    [InlineData("اعتمد الجانبان خرائط الطريق للتعاون الاقتصادي.", AgreementKind.Roadmap)]
    [InlineData("وقع الطرفان بروتوكولا بشأن الحدود.", AgreementKind.Protocol)]
    [InlineData("صدر بيان مشترك في ختام المحادثات.", AgreementKind.JointStatement)]
    public void TriggerNouns_GiveTheirKind(string text, AgreementKind kind) =>
        Agreements(text).Should().ContainSingle().Which.Kind.Should().Be(kind);

    [Fact]
    public void SignedListWithoutADate_SharesTheArticleDate_OneRecordPerDocument()
    {
        Agreement[] all = Agreements("وبحضور الرئيسين، جرى التوقيع على عدد من الوثائق الحكومية، بينها مذكرة تفاهم للتعاون في مجال الاستخدام السلمي للطاقة النووية، "
            + "ومذكرة تفاهم بين شركتي السكك الحديدية، وخطة عمل للتعاون في مجالي الثقافة والتعليم.", new System.DateOnly(2025, 1, 17));
        all.Should().HaveCount(3);
        all.Should().OnlyContain(a => a.Status == AgreementStatus.Signed && a.Signed == new PartialDate(2025, 1, 17));
        all.Select(a => a.Kind).Should().Equal(AgreementKind.Memorandum, AgreementKind.Memorandum, AgreementKind.ActionPlan);
    }

    [Fact]
    public void SignedInThePluperfect_WithoutADate_StaysUndated()
    {
        Agreement a = Agreements("وكانت الدولتان قد وقعتا مذكرة تفاهم بشأن المشاورات السياسية.", new System.DateOnly(2025, 3, 15)).Single();
        a.Signed.Should().BeNull();
    }

    [Fact]
    public void DefiniteTriggerAfterTheDocumentWasNamed_IsTheSameDocument()
    {
        Agreement a = Agreements("وقع الرئيسان معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران يوم 17 يناير 2025. وتمتد المعاهدة لعشرين عاما. "
            + "ووصف بزشكيان المعاهدة بأنها فصل جديد.").Single();
        a.Id.Should().Be("agreement:russia-iran-comprehensive-strategic-partnership-treaty");
    }

    [Fact]
    public void HeadlineDocument_IsTheOneTheBodyReports()
    {
        Agreement a = Agreements("بوتين وبزشكيان يوقعان معاهدة الشراكة الاستراتيجية الشاملة في الكرملين\n\n"
            + "وقع الرئيسان يوم 17 يناير 2025 معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران.").Single();
        a.Id.Should().Be("agreement:russia-iran-comprehensive-strategic-partnership-treaty");
    }

    [Fact]
    public void ProgrammeOfCooperation_IsAPlanOfAction()
    {
        Agreement a = Agreements("ووقع الجانبان في 28 نوفمبر 2024 برنامجا للتعاون في مجال الثقافة للفترة المقبلة.").Single();
        a.Kind.Should().Be(AgreementKind.ActionPlan);
    }

    [Theory]
    [InlineData("، ")]
    [InlineData(", ")]
    [InlineData(" و")]
    public void DatesListedWithCommasOrAnd_GiveOneAgreementEach(string separator)
    {
        Agreement[] all = Agreements("الالتزام بالاتفاقيات الثلاثية بتاريخ 9 نوفمبر 2020" + separator + "11 يناير 2021" + separator + "26 نوفمبر 2021 يظل عاملا أساسيا.");
        all.Select(a => a.Signed!.Value.ToString()).Should().Equal("2020-11-09", "2021-01-11", "2021-11-26");
    }

    [Fact]
    public void DateListEndsAtTheFirstWordBetweenDates()
    {
        Agreement[] all = Agreements("الالتزام بالاتفاقيات الثلاثية بتاريخ 9 نوفمبر 2020 التي نوقشت في 11 يناير 2021 يظل عاملا أساسيا.");
        all.Select(a => a.Signed?.ToString()).Should().Equal("2020-11-09");
    }

    [Theory]
    [InlineData("ووقعت روسيا وتركيا مذكرة بودابست في 5 ديسمبر 1994.", "agreement:budapest-memorandum")]
    [InlineData("ووقع الرؤساء بروتوكول بيشكيك في 5 مايو 1994.", "agreement:bishkek-protocol")]
    [InlineData("وأقر الجانبان خطة العمل لتطوير المجالات الرئيسية للتعاون الروسي الأذربيجاني.", "agreement:russia-azerbaijan-action-plan-2024")]
    public void CatalogDocumentOfItsOwnKind_IsLinked(string text, string id) =>
        Agreements(text).Should().ContainSingle().Which.Id.Should().Be(id);

    [Theory]
    [InlineData("ووقع الجانبان مذكرة في 11 نوفمبر 2020 بشأن المراقبة.", "agreement:memorandum-on-the-russian-turkish-joint-monitoring-center")]
    [InlineData("ووقع الرؤساء بروتوكولا في 5 مايو 1994 بشأن وقف إطلاق النار.", "agreement:bishkek-protocol")]
    [InlineData("ووقع الجانبان بروتوكولا في 11 نوفمبر 2020 بشأن المراقبة.", null)]
    [InlineData("ووقع الجانبان خطة عمل في 5 مايو 1994.", null)]
    public void DocumentSignedOnTheDayOfACatalogDocument_IsLinkedOnlyWhenTheKindsAgree(string text, string? id) =>
        Agreements(text).Should().ContainSingle().Which.Id.Should().Be(id);

    [Fact]
    public void DocumentNamedUndatedThenSigned_IsOneRecordWithTheDate()
    {
        Agreement a = Agreements("وأكد أهمية خطة العمل لتطوير المجالات الرئيسية للتعاون الروسي الأذربيجاني. "
            + "ووقع الرئيسان خطة العمل لتطوير المجالات الرئيسية للتعاون الروسي الأذربيجاني في 22 أبريل 2025.").Single();
        a.Id.Should().Be("agreement:russia-azerbaijan-action-plan-2024");
        a.Signed.Should().Be(new PartialDate(2025, 4, 22));
        a.Status.Should().Be(AgreementStatus.Signed);
        a.Evidence.Start.Should().Be(0, "the record is the first mention's, completed by the second");
    }

    [Fact]
    public void TwoKindsSignedOnOneDate_AreTwoDocuments()
    {
        Agreement[] all = Agreements("ووقع الجانبان في 3 يوليو 2024 مذكرة تفاهم بشأن النقل. كما وقع الجانبان في 3 يوليو 2024 خطة عمل للتعاون الثقافي.");
        all.Select(a => a.Kind).Should().BeEquivalentTo([AgreementKind.Memorandum, AgreementKind.ActionPlan]);
        all.Should().OnlyContain(a => a.Signed == new PartialDate(2024, 7, 3));
    }

    [Fact]
    public void OneKindSignedTwiceOnOneDate_IsOneDocument()
    {
        Agreements("ووقع الجانبان في 3 يوليو 2024 مذكرة تفاهم بشأن النقل. وتنص مذكرة التفاهم الموقعة في 3 يوليو 2024 على تطوير النقل.")
            .Should().ContainSingle().Which.Kind.Should().Be(AgreementKind.Memorandum);
    }

    [Theory]
    [InlineData("بتاريخ")]
    [InlineData("المؤرخة")]
    [InlineData("المؤرخ")]
    [InlineData("المؤرخة في")]
    public void DateAfterADatingWord_IsTheSigningDate(string dating)
    {
        Agreement a = Agreements($"وأشار الوزير إلى مذكرة التفاهم {dating} 5 مارس 2023 بين البلدين حول التعاون في مجال النقل.").Single();
        a.Signed.Should().Be(new PartialDate(2023, 3, 5));
        a.Status.Should().Be(AgreementStatus.Signed);
    }

    [Fact]
    public void CountedPluralRoadmaps_AreASummaryOfTheListThatFollows()
    {
        Agreements("ووقع الجانبان 3 خرائط طريق: خارطة طريق للطاقة، وخارطة طريق للنقل، وخارطة طريق للتعليم.")
            .Select(a => a.Title).Should().Equal("خارطة طريق للطاقة", "خارطة طريق للنقل", "خارطة طريق للتعليم");
    }

    [Fact]
    public void HeadlineDocument_OfAKindTheBodyDoesNotReport_IsKept()
    {
        Agreement[] all = Agreements("بوتين وبزشكيان يوقعان مذكرة تفاهم في موسكو\n\n"
            + "وقع الرئيسان يوم 17 يناير 2025 معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران.");
        all.Select(a => a.Kind).Should().Equal(AgreementKind.Memorandum, AgreementKind.Treaty);
    }

    [Theory]
    [InlineData("وشارك لافروف في اجتماع وزراء خارجية منظمة معاهدة الأمن الجماعي في موسكو.")]
    [InlineData("وقال الأمين العام لمنظمة معاهدة الأمن الجماعي إن الاجتماع كان ناجحا.")]
    public void DocumentNounInsideAnOrganisationName_IsNoDocument(string text) =>
        Agreements(text).Should().BeEmpty();

    [Fact]
    public void BodyDocuments_AfterAHeadlineBelowADateline_AreNotHeadlineSummaries()
    {
        // The headline starts after the dateline: its extent is its own length, not its end offset.
        Agreement[] all = Agreements("14.05.2024 | 16:42\nبوتين يستقبل علييف في الكرملين\n\n"
            + "ووقع الجانبان خلال الزيارة الرسمية التي استمرت يومين مذكرة تفاهم للنقل. كما وقعا مذكرة تفاهم للطاقة.");
        all.Select(a => a.Title).Should().Equal("مذكرة تفاهم للنقل", "مذكرة تفاهم للطاقة");
    }

    [Fact]
    public void AgreeingOnSomethingNamedBefore_IsNoDocument() =>
        Agreements("وسيبحث الوزيران الملفات التي تم الاتفاق عليها بين البلدين في الزيارة السابقة.").Should().BeEmpty();

    [Theory]
    [InlineData("ويعمل الوسطاء على التوصل إلى اتفاق بشأن النقاط العالقة بين الطرفين.")]
    [InlineData("وتسعى الدولتان للوصول إلى اتفاق حول تقاسم المياه.")]
    public void AnAgreementSought_IsNoneYet(string text) => Agreements(text).Should().BeEmpty();

    [Fact]
    public void AnAgreementReachedAndAnnounced_IsOne() =>
        Agreements("وأعلنت الخارجية القطرية التوصل إلى اتفاق بشأن تبادل الأسرى بين الطرفين.").Should().ContainSingle()
            .Which.Kind.Should().Be(AgreementKind.Agreement);

    [Theory]
    [InlineData("وقالت المصادر إن إعلان الاتفاق سيكون خلال أيام.")]
    [InlineData("وجاء إعلان ولي العهد السعودي عن المشروع خلال القمة.")]
    [InlineData("ورحب الوزير بإعلان الرئيس الأمريكي دونالد ترامب وقف إطلاق النار.")]
    public void AnAnnouncingOfSomethingOrBySomeone_IsNoDeclaration(string text) => Agreements(text).Should().BeEmpty();

    [Fact]
    public void ADeclarationNamedAfterACity_IsStillOne() =>
        Agreements("ووقع القادة على إعلان طهران في ختام القمة.").Should().ContainSingle()
            .Which.Kind.Should().Be(AgreementKind.Declaration);
}
