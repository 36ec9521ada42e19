using System.CommandLine;

namespace ArabicNews.Cli.Commands;

/// <summary>The file arguments of the commands that read files.</summary>
internal static class PathArgument
{
    /// <summary>Creates a zero-or-more argument of paths that reports option-like tokens as usage errors.</summary>
    /// <param name="name">The name shown in help.</param>
    /// <param name="description">The description shown in help.</param>
    /// <returns>The argument.</returns>
    /// <remarks>
    /// A path argument takes any string, so an unknown option such as <c>--fast</c> would otherwise be read as a
    /// file name; it is a usage error instead (<c>-</c> alone still means standard input).
    /// </remarks>
    public static Argument<string[]> Create(string name, string description)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        argument.Validators.Add(result =>
        {
            foreach (System.CommandLine.Parsing.Token token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'. (A file whose name starts with '-' can be given as ./{token.Value}.)");
                }
            }
        });
        return argument;
    }
}
