using System;
using System.Text;

namespace ArabicNews.Core.Generators.Infrastructure;

/// <summary>An indentation-aware text writer for generated source, always with <c>\n</c> line endings.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indentation;

    /// <summary>Gets or sets the indentation level.</summary>
    public int Indentation
    {
        get => _indentation;
        set => _indentation = Math.Max(0, value);
    }

    /// <summary>Writes an indented line (or an empty line when <paramref name="text"/> is empty).</summary>
    /// <param name="text">The line without its line break.</param>
    public void WriteLine(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indentation * IndentSize);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes <c>{</c>, indents, and returns a scope that unindents and writes <c>}</c> (plus <paramref name="suffix"/>) when disposed.</summary>
    /// <param name="suffix">Text after the closing brace, such as <c>;</c>.</param>
    /// <returns>The scope.</returns>
    public Block EmitBlock(string suffix = "")
    {
        WriteLine("{");
        _indentation++;
        return new Block(this, suffix);
    }

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();

    /// <summary>A brace block opened by <see cref="EmitBlock"/>.</summary>
    internal readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _suffix;

        /// <summary>Creates the scope.</summary>
        /// <param name="writer">The writer.</param>
        /// <param name="suffix">Text after the closing brace.</param>
        public Block(SourceWriter writer, string suffix)
        {
            _writer = writer;
            _suffix = suffix;
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            _writer.Indentation--;
            _writer.WriteLine("}" + _suffix);
        }
    }
}
