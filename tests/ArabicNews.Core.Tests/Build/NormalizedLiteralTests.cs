using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Core.Tests.Api;
using ArabicNews.Core.Text;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ArabicNews.Core.Tests.Build;

/// <summary>
/// The parser compares words of the normalized text, so an Arabic literal it compares with must be written normalized:
/// <c>"خرائط"</c> never equals a normalized word (ئ folds to ي), and such a comparison is dead code that no test of the
/// feature notices. Literals that something normalizes first (a <c>WordSet</c>'s words, a
/// catalog lookup by name) may keep their usual spelling.
/// </summary>
public sealed class NormalizedLiteralTests
{
    private static readonly string[] NormalizingMethods = ["FindByName", "Normalize"];

    [Fact]
    public void ArabicLiteralsComparedWithNormalizedWords_AreNormalized()
    {
        string source = Path.Combine(RepositoryFiles.Root, "src", "ArabicNews.Core");
        string[] files = [.. new[] { "Extraction", "Parsing" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(source, folder), "*.cs", SearchOption.AllDirectories))];
        files.Should().NotBeEmpty();

        var offenders = new List<string>();
        foreach (string file in files)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (LiteralExpressionSyntax literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || IsNormalizedFirst(literal))
                {
                    continue;
                }

                string text = literal.Token.ValueText;
                string normalized = ArabicNormalizer.Normalize(text);
                if (text.Any(static c => c is >= '\u0600' and <= '\u06FF') && normalized != text)
                {
                    string line = (literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    offenders.Add($"{Path.GetRelativePath(source, file)}:{line} \"{text}\" (normalized: \"{normalized}\")");
                }
            }
        }

        offenders.Should().BeEmpty("a literal compared with normalized text must be normalized itself");
    }

    [Fact]
    public void TheCheck_SeesALiteralThatCannotMatch()
    {
        LiteralExpressionSyntax literal = CSharpSyntaxTree.ParseText("class C { bool M(string w) => w == \"خرائط\"; }")
            .GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();

        IsNormalizedFirst(literal).Should().BeFalse();
        ArabicNormalizer.Normalize(literal.Token.ValueText).Should().NotBe(literal.Token.ValueText);
    }

    [Theory]
    [InlineData("class C { static readonly WordSet S = new(\"خرائط\"); }")]
    [InlineData("class C { object M() => new WordSet(\"خرائط\"); }")]
    [InlineData("class C { object M(Catalog c) => c.FindByName(\"وكالة \" + name); }")]
    public void TheCheck_LetsThroughLiteralsThatAreNormalizedFirst(string code) =>
        IsNormalizedFirst(CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().First())
            .Should().BeTrue();

    private static bool IsNormalizedFirst(LiteralExpressionSyntax literal) =>
        literal.Ancestors().Any(node => node switch
        {
            VariableDeclarationSyntax declaration => IsWordSet(declaration.Type),
            ObjectCreationExpressionSyntax creation => IsWordSet(creation.Type),
            InvocationExpressionSyntax invocation => NormalizingMethods.Contains(MethodName(invocation.Expression)),
            _ => false,
        });

    private static bool IsWordSet(TypeSyntax type) => type.ToString() is "WordSet" or "Parsing.Lexicon.WordSet";

    private static string? MethodName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}
