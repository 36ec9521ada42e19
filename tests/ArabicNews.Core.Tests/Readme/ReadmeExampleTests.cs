using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ArabicNews.Core.Tests.Api;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace ArabicNews.Core.Tests.Readme;

/// <summary>
/// The first C# example under "## Parse an article" in README.md is compiled with Roslyn against this build of
/// ArabicNews.Core (top-level statements, the SDK's implicit usings), run, and what it prints must equal the
/// <c>// …</c> comment lines that end the block. When the parser's output changes on purpose, update those lines.
/// The C# examples of the docs pages this branch of the docs owns are run the same way.
/// </summary>
public sealed class ReadmeExampleTests
{
    private const string Section = "## Parse an article";
    private const string ExpectedPrefix = "// ";
    private const int MaxUsings = 2;

    // The SDK's implicit usings for a console project.
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    // Declared in the global namespace, this Console wins over System.Console for the example's code, so what it
    // prints is captured without redirecting the process's console under parallel tests.
    private const string CapturingConsole = """
        internal static class Console
        {
            public static readonly global::System.IO.StringWriter Out = new();
            public static void WriteLine(string? value) => Out.WriteLine(value);
            public static void WriteLine(object? value) => Out.WriteLine(value);
            public static void WriteLine() => Out.WriteLine();
            public static void Write(string? value) => Out.Write(value);
        }
        """;

    [Fact]
    public void ParseAnArticleExample_PrintsWhatTheReadmeSays()
    {
        string root = RepositoryFiles.Root;
        (string code, string[] expected) = ExtractExample(File.ReadAllText(Path.Combine(root, "README.md")));
        code.Split('\n').Length.Should().BeLessThanOrEqualTo(8, "the example stays short (about five lines of code)");
        expected.Should().NotBeEmpty("the example ends with the output it prints, as // comment lines");
        UsingDirectives(code).Should().HaveCountLessThanOrEqualTo(MaxUsings, "the common path needs at most two namespaces");

        // Relative paths in the example are relative to the repository root.
        string runnable = code.Replace("\"seeds/", "\"" + Path.Combine(root, "seeds").Replace('\\', '/') + "/", StringComparison.Ordinal);
        string printed = CompileAndRun(runnable);

        printed.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Should().Equal(expected, "README.md's example output must be what the code prints");
    }

    [Fact]
    public void FirstProgram_CompilesWithTheReadmesUsingsOnly()
    {
        // A first program touches the whole common path: parse with options, read every kind of record, look an entity
        // up, write the JSON. It gets no using directives but the README example's (the SDK's implicit ones aside).
        (string readmeCode, _) = ExtractExample(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")));
        string[] usings = UsingDirectives(readmeCode);
        usings.Should().HaveCountLessThanOrEqualTo(MaxUsings);
        string program = string.Join('\n', usings) + """

            Article article = ArticleParser.Parse(
                "موسكو - استقبل الرئيس الروسي فلاديمير بوتين الرئيس الأذربيجاني إلهام علييف في الكرملين. وقال بوتين إن \"العلاقات بين البلدين تتطور\".",
                new ArticleParserOptions { Published = new DateOnly(2024, 4, 22) });
            Entity putin = Entities.People.VladimirPutin;
            foreach (Meeting meeting in article.Meetings)
                Console.WriteLine($"meeting: {string.Join(" + ", meeting.Participants.Select(static (EntityReference p) => p.Name))}, {meeting.Mode}");
            foreach (Statement statement in article.Statements)
                Console.WriteLine($"statement: {statement.Speaker?.Id == putin.Id}");
            foreach (Mention mention in article.Mentions.Where(static m => m.Kind == EntityKind.Person))
                Console.WriteLine($"mention: {mention.Id} at {mention.Span.Start}");
            foreach (DateMention date in article.Dates)
                Console.WriteLine($"date: {date.Value}");
            Console.WriteLine($"json: {ArticleJson.Serialize(article).StartsWith("{\"file\":null,", StringComparison.Ordinal)}");
            """;

        CompileAndRun(program).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Should().Equal(
            "meeting: Vladimir Putin + Ilham Aliyev, InPerson",
            "statement: True",
            "mention: person:vladimir-putin at 15",
            "mention: person:vladimir-putin at 29",
            "mention: person:ilham-aliyev at 44",
            "mention: person:ilham-aliyev at 63",
            "mention: person:vladimir-putin at 93",
            "json: True");
    }

    [Fact]
    public void UsingDirectives_AreTheLinesThatImportANamespace() =>
        UsingDirectives("using A;  // note\nusing B.C;\n\nusing var x = y;\nConsole.WriteLine();").Should().Equal("using A;", "using B.C;");

    /// <summary>The docs pages whose C# examples are run like the README's; pages written elsewhere hold snippets.</summary>
    public static TheoryData<string, int> DocsExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (string page in new[] { "docs/normalization.md", "docs/output.md", "docs/performance.md" })
        {
            string[] lines = File.ReadAllText(Path.Combine(RepositoryFiles.Root, page)).ReplaceLineEndings("\n").Split('\n');
            int blocks = lines.Count(static l => l.Trim() == "```csharp");
            for (int i = 0; i < blocks; i++)
            {
                data.Add(page, i);
            }
        }

        return data;
    }

    [Fact]
    public void DocsExamples_AreFound() => DocsExamples().Should().Contain(static row => (string)row[0] == "docs/normalization.md");

    [Theory]
    [MemberData(nameof(DocsExamples))]
    public void DocsExample_PrintsWhatThePageSays(string page, int index)
    {
        string[] lines = File.ReadAllText(Path.Combine(RepositoryFiles.Root, page)).ReplaceLineEndings("\n").Split('\n');
        int fence = -1;
        for (int i = 0; i <= index; i++)
        {
            fence = Array.FindIndex(lines, fence + 1, static l => l.Trim() == "```csharp");
        }

        (string code, string[] expected) = SplitExample(lines, fence + 1);
        string example = string.Create(CultureInfo.InvariantCulture, $"{page}, example {index + 1}");
        expected.Should().NotBeEmpty($"{example} ends with what it prints, as // comment lines");
        CompileAndRun(code).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Should().Equal(expected, $"{example} must print what the page says");
    }

    [Fact]
    public void ExtractExample_SplitsCodeFromTheExpectedOutput()
    {
        string readme = "# X\n\n## Other\n\n```csharp\nConsole.WriteLine(0);\n```\n\n" + Section + "\n\nText.\n\n```csharp\nusing A;\n\nConsole.WriteLine(1);\n// one\n// two\n```\n\n```csharp\nlater();\n```\n";
        (string code, string[] expected) = ExtractExample(readme);
        code.Should().Be("using A;\n\nConsole.WriteLine(1);");
        expected.Should().Equal("one", "two");
    }

    private static string[] UsingDirectives(string code) =>
        [.. code.Split('\n').Select(static l => l.Split("//")[0].Trim()).Where(static l => l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("using var ", StringComparison.Ordinal))];

    private static (string Code, string[] Expected) ExtractExample(string readme)
    {
        string[] lines = readme.ReplaceLineEndings("\n").Split('\n');
        int heading = Array.IndexOf(lines, Section);
        heading.Should().BeGreaterThanOrEqualTo(0, $"README.md has a '{Section}' section");
        int start = Array.FindIndex(lines, heading, static l => l.Trim() == "```csharp") + 1;
        start.Should().BePositive("the section has a ```csharp block");
        return SplitExample(lines, start);
    }

    private static (string Code, string[] Expected) SplitExample(string[] lines, int start)
    {
        int end = Array.FindIndex(lines, start, static l => l.Trim() == "```");
        end.Should().BeGreaterThan(start);

        int outputStart = end;
        while (outputStart > start && lines[outputStart - 1].StartsWith(ExpectedPrefix, StringComparison.Ordinal))
        {
            outputStart--;
        }

        string code = string.Join('\n', lines[start..outputStart]).TrimEnd();
        string[] expected = [.. lines[outputStart..end].Select(static l => l[ExpectedPrefix.Length..])];
        return (code, expected);
    }

    private static string CompileAndRun(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees = [CSharpSyntaxTree.ParseText(code, parse, "README.cs"), CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(CapturingConsole, parse)];
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(ArabicNews.Core.Catalog.EntityCatalog).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(static path => MetadataReference.CreateFromFile(path));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ReadmeExample",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        EmitResult emitted = compilation.Emit(image);
        emitted.Success.Should().BeTrue(string.Join(Environment.NewLine, emitted.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext("ReadmeExample", isCollectible: true);
        try
        {
            image.Position = 0;
            Assembly assembly = context.LoadFromStream(image);
            MethodInfo main = assembly.EntryPoint!;
            main.Invoke(null, main.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            var captured = (StringWriter)assembly.GetType("Console")!.GetField("Out")!.GetValue(null)!;
            return captured.ToString();
        }
        finally
        {
            context.Unload();
        }
    }
}
