using System.Collections.Generic;

namespace ArabicNews.Core.Generators.Infrastructure;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
internal enum JsonKind
{
    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A number (kept as its text).</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An array.</summary>
    Array,

    /// <summary>An object.</summary>
    Object,
}

/// <summary>A position in a text: offset plus zero-based line and column (UTF-16 code units).</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct TextPosition(int Offset, int Line, int Column);

/// <summary>A parsed JSON value with its exact span in the file. Used only inside the parser, never stored in a pipeline model.</summary>
internal sealed class JsonNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="start">Where the value starts.</param>
    public JsonNode(JsonKind kind, TextPosition start)
    {
        Kind = kind;
        Start = start;
    }

    /// <summary>Gets the kind.</summary>
    public JsonKind Kind { get; }

    /// <summary>Gets where the value starts.</summary>
    public TextPosition Start { get; }

    /// <summary>Gets or sets where the value ends (exclusive).</summary>
    public TextPosition End { get; set; }

    /// <summary>Gets or sets the string value, or the text of a number or literal.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets the items of an array.</summary>
    public List<JsonNode> Items { get; } = new();

    /// <summary>Gets the members of an object, in file order.</summary>
    public List<JsonMember> Members { get; } = new();

    /// <summary>Gets a short English name of the kind, for messages.</summary>
    public string KindName => Kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "boolean",
        JsonKind.Number => "number",
        JsonKind.String => "string",
        JsonKind.Array => "array",
        _ => "object",
    };
}

/// <summary>A member of a JSON object: its name (with the name's span) and value.</summary>
internal sealed class JsonMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="name">The name.</param>
    /// <param name="nameStart">Where the quoted name starts.</param>
    /// <param name="nameEnd">Where the quoted name ends.</param>
    /// <param name="value">The value.</param>
    public JsonMember(string name, TextPosition nameStart, TextPosition nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets where the quoted name starts.</summary>
    public TextPosition NameStart { get; }

    /// <summary>Gets where the quoted name ends.</summary>
    public TextPosition NameEnd { get; }

    /// <summary>Gets the value.</summary>
    public JsonNode Value { get; }
}
