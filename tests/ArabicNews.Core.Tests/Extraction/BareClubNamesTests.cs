using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>In a match report a bare club name is the club; elsewhere the same word is a word or a city.</summary>
public sealed class BareClubNamesTests
{
    private const string Report =
        "انتهت المباراة بين الهلال والنصر بالتعادل على ملعب المملكة أرينا، وسجل الرياض هدفين في الشوط الثاني أمام ضيفه.";

    private static string?[] MentionIds(string text) => ArticleParser.Parse(text).Mentions.Select(m => m.Id).ToArray();

    [Fact]
    public void Bare_club_names_in_a_match_report_are_the_clubs() =>
        MentionIds(Report).Should().Contain(["organization:al-hilal-sfc", "organization:al-nassr-fc", "organization:al-riyadh-sc"]);

    [Fact]
    public void A_city_that_names_a_club_is_the_club_in_a_match_report() =>
        MentionIds(Report).Should().NotContain("city:riyadh");

    [Fact]
    public void The_city_after_a_preposition_stays_the_city() =>
        MentionIds("وتقام المباراة في الرياض مساء الجمعة، ويغيب عن الشوط الأول مدرب الفريق.").Should().Contain("city:riyadh")
            .And.NotContain("organization:al-riyadh-sc");

    [Fact]
    public void Outside_a_match_report_the_words_are_words() =>
        MentionIds("ورصدت اللجنة الهلال مساء أمس، وأعلنت النصر في يوم الذكرى بالرياض.")
            .Should().NotContain(["organization:al-hilal-sfc", "organization:al-nassr-fc", "organization:al-riyadh-sc"]);

    [Fact]
    public void The_club_of_the_country_the_report_names_wins() =>
        MentionIds("وفاز الأهلي على ضيفه في المباراة التي أقيمت في السعودية، وسجل هدفين في الشوط الأول.")
            .Should().Contain("organization:al-ahli-saudi-fc").And.NotContain("organization:al-ahly-sc");

    [Fact]
    public void Without_a_country_the_catalogs_club_of_that_name_is_taken() =>
        MentionIds("وفاز الأهلي على ضيفه في المباراة، وسجل هدفين في الشوط الأول.").Should().Contain("organization:al-ahly-sc");
}
