using System;
using System.IO;

namespace ArabicNews.Cli.Output;

/// <summary>Standard output was closed by its reader (a broken pipe: <c>arabic-news parse … | head -n 1</c>).</summary>
/// <remarks>Not a failure of the tool: the run stops at once and exits with <see cref="ArabicNewsTool.BrokenPipe"/>, quietly.</remarks>
internal sealed class OutputClosedException : IOException
{
    /// <summary>Initializes a new instance of the <see cref="OutputClosedException"/> class.</summary>
    public OutputClosedException()
        : base("Standard output was closed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OutputClosedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public OutputClosedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OutputClosedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The write error.</param>
    public OutputClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
