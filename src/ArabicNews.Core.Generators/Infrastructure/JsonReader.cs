using System.Globalization;
using System.Text;
using System.Threading;

namespace ArabicNews.Core.Generators.Infrastructure;

/// <summary>
/// A small, total JSON reader (RFC 8259) that tracks line and column and reports the first error instead of
/// throwing. netstandard2.0 has no System.Text.Json, and catalog files are small, so a purpose-built reader is
/// simpler than packing a dependency beside the generator.
/// </summary>
/// <remarks>
/// Lines break at <c>\n</c>, <c>\r\n</c> and <c>\r</c>, as in Roslyn's <c>SourceText</c>, so positions agree with the
/// IDE. Nesting deeper than <see cref="MaxDepth"/> is an error (so hostile input cannot exhaust the stack).
/// </remarks>
internal sealed class JsonReader
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _offset;
    private int _line;
    private int _lineStart;

    private JsonReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Gets the error message, when reading failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Gets where the error is.</summary>
    public TextPosition ErrorPosition { get; private set; }

    /// <summary>Reads one JSON document.</summary>
    /// <param name="text">The document.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <param name="error">The error message, when the document is malformed.</param>
    /// <param name="errorPosition">Where the error is.</param>
    /// <returns>The root value, or <see langword="null"/> when the document is malformed.</returns>
    public static JsonNode? Read(string text, CancellationToken cancellationToken, out string? error, out TextPosition errorPosition)
    {
        var reader = new JsonReader(text, cancellationToken);
        reader.SkipWhitespace();
        JsonNode? root = reader.ReadValue(0);
        if (root is not null)
        {
            reader.SkipWhitespace();
            if (reader._offset < text.Length)
            {
                reader.Fail("Unexpected content after the end of the document");
                root = null;
            }
        }

        error = reader.Error;
        errorPosition = reader.ErrorPosition;
        return error is null ? root : null;
    }

    private TextPosition Position => new(_offset, _line, _offset - _lineStart);

    private JsonNode? ReadValue(int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_offset >= _text.Length)
        {
            return Fail("Unexpected end of file; a value was expected");
        }

        char c = _text[_offset];
        switch (c)
        {
            case '{':
                return depth >= MaxDepth ? Fail("Nesting deeper than 64 levels") : ReadObject(depth + 1);
            case '[':
                return depth >= MaxDepth ? Fail("Nesting deeper than 64 levels") : ReadArray(depth + 1);
            case '"':
                {
                    TextPosition start = Position;
                    string? value = ReadString();
                    return value is null ? null : new JsonNode(JsonKind.String, start) { Text = value, End = Position };
                }

            case 't':
                return ReadLiteral("true", JsonKind.Boolean);
            case 'f':
                return ReadLiteral("false", JsonKind.Boolean);
            case 'n':
                return ReadLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                return Fail(string.Format(CultureInfo.InvariantCulture, "Unexpected character '{0}'; a value was expected", Printable(c)));
        }
    }

    private JsonNode? ReadObject(int depth)
    {
        var node = new JsonNode(JsonKind.Object, Position);
        _offset++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _offset++;
            node.End = Position;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                return Fail("A property name in double quotes was expected");
            }

            TextPosition nameStart = Position;
            string? name = ReadString();
            if (name is null)
            {
                return null;
            }

            TextPosition nameEnd = Position;
            SkipWhitespace();
            if (Peek() != ':')
            {
                return Fail("':' was expected after the property name");
            }

            _offset++;
            SkipWhitespace();
            JsonNode? value = ReadValue(depth);
            if (value is null)
            {
                return null;
            }

            foreach (JsonMember existing in node.Members)
            {
                if (existing.Name == name)
                {
                    ErrorAt(nameStart, string.Format(CultureInfo.InvariantCulture, "Property '{0}' appears twice in the same object", name));
                    return null;
                }
            }

            node.Members.Add(new JsonMember(name, nameStart, nameEnd, value));
            SkipWhitespace();
            char next = Peek();
            if (next == ',')
            {
                _offset++;
                continue;
            }

            if (next == '}')
            {
                _offset++;
                node.End = Position;
                return node;
            }

            return Fail("',' or '}' was expected");
        }
    }

    private JsonNode? ReadArray(int depth)
    {
        var node = new JsonNode(JsonKind.Array, Position);
        _offset++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _offset++;
            node.End = Position;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            JsonNode? item = ReadValue(depth);
            if (item is null)
            {
                return null;
            }

            node.Items.Add(item);
            SkipWhitespace();
            char next = Peek();
            if (next == ',')
            {
                _offset++;
                continue;
            }

            if (next == ']')
            {
                _offset++;
                node.End = Position;
                return node;
            }

            return Fail("',' or ']' was expected");
        }
    }

    private string? ReadString()
    {
        _offset++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_offset >= _text.Length)
            {
                Fail("Unterminated string");
                return null;
            }

            char c = _text[_offset];
            if (c == '"')
            {
                _offset++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                Fail("Control character in a string (line breaks must be escaped)");
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                _offset++;
                continue;
            }

            if (_offset + 1 >= _text.Length)
            {
                Fail("Unterminated string");
                return null;
            }

            char escape = _text[_offset + 1];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_offset + 6 > _text.Length
                        || !int.TryParse(_text.Substring(_offset + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        _offset++;
                        Fail("Invalid \\u escape: four hexadecimal digits were expected");
                        return null;
                    }

                    builder.Append((char)code);
                    _offset += 4;
                    break;
                default:
                    _offset++;
                    Fail(string.Format(CultureInfo.InvariantCulture, "Invalid escape '\\{0}'", Printable(escape)));
                    return null;
            }

            _offset += 2;
        }
    }

    private JsonNode? ReadNumber()
    {
        TextPosition start = Position;
        int begin = _offset;
        if (Peek() == '-')
        {
            _offset++;
        }

        if (!ReadDigits())
        {
            return Fail("A digit was expected");
        }

        if (Peek() == '.')
        {
            _offset++;
            if (!ReadDigits())
            {
                return Fail("A digit was expected after the decimal point");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _offset++;
            if (Peek() is '+' or '-')
            {
                _offset++;
            }

            if (!ReadDigits())
            {
                return Fail("A digit was expected in the exponent");
            }
        }

        return new JsonNode(JsonKind.Number, start) { Text = _text.Substring(begin, _offset - begin), End = Position };
    }

    private bool ReadDigits()
    {
        int begin = _offset;
        while (_offset < _text.Length && _text[_offset] >= '0' && _text[_offset] <= '9')
        {
            _offset++;
        }

        return _offset > begin;
    }

    private JsonNode? ReadLiteral(string literal, JsonKind kind)
    {
        TextPosition start = Position;
        if (string.CompareOrdinal(_text, _offset, literal, 0, literal.Length) != 0)
        {
            return Fail("Invalid literal; true, false or null was expected");
        }

        _offset += literal.Length;
        return new JsonNode(kind, start) { Text = literal, End = Position };
    }

    private char Peek() => _offset < _text.Length ? _text[_offset] : '\0';

    private void SkipWhitespace()
    {
        while (_offset < _text.Length)
        {
            char c = _text[_offset];
            if (c == '\n')
            {
                _offset++;
                _line++;
                _lineStart = _offset;
            }
            else if (c == '\r')
            {
                _offset++;
                if (_offset < _text.Length && _text[_offset] == '\n')
                {
                    _offset++;
                }

                _line++;
                _lineStart = _offset;
            }
            else if (c is ' ' or '\t' || (_offset == 0 && c == '\uFEFF'))
            {
                _offset++;
            }
            else
            {
                return;
            }
        }
    }

    private JsonNode? Fail(string message)
    {
        ErrorAt(Position, message);
        return null;
    }

    private void ErrorAt(TextPosition position, string message)
    {
        if (Error is null)
        {
            Error = message;
            ErrorPosition = position;
        }
    }

    private static string Printable(char c) => c < ' ' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
}
