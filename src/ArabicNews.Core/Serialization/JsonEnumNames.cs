using System;
using System.Text.Json;

namespace ArabicNews.Core.Serialization;

/// <summary>
/// The names the JSON contract gives the values of <typeparamref name="TEnum"/>, one table for writing them and reading
/// them back.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class JsonEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly TEnum[] _values;
    private readonly string[] _names;
    private readonly JsonEncodedText[] _encodedNames;
    private readonly int _fallback;

    /// <summary>Initializes the table.</summary>
    /// <param name="fallback">
    /// The value whose name is written for a value outside the table, or <see langword="null"/> to throw instead.
    /// </param>
    /// <param name="entries">Every value with its name.</param>
    public JsonEnumNames(TEnum? fallback, params (TEnum Value, string Name)[] entries)
    {
        _values = Array.ConvertAll(entries, static e => e.Value);
        _names = Array.ConvertAll(entries, static e => e.Name);
        _encodedNames = Array.ConvertAll(_names, static name => JsonEncodedText.Encode(name));
        _fallback = fallback is { } value ? Array.IndexOf(_values, value) : -1;
        AllowedNames = string.Join(", ", _names);
    }

    /// <summary>Gets every name, comma-separated, for error messages.</summary>
    public string AllowedNames { get; }

    /// <summary>The name of <paramref name="value"/>, encoded for a <see cref="Utf8JsonWriter"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the table and there is no fallback.</exception>
    public JsonEncodedText Encoded(TEnum value)
    {
        int index = Array.IndexOf(_values, value);
        if (index < 0)
        {
            index = _fallback >= 0 ? _fallback : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown " + typeof(TEnum).Name + ".");
        }

        return _encodedNames[index];
    }

    /// <summary>Reads the value named by the string token <paramref name="reader"/> is on.</summary>
    /// <returns><see langword="false"/> when the string is no name of the table.</returns>
    public bool TryRead(ref Utf8JsonReader reader, out TEnum value)
    {
        for (int i = 0; i < _encodedNames.Length; i++)
        {
            if (reader.ValueTextEquals(_encodedNames[i].EncodedUtf8Bytes))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Finds the value named <paramref name="name"/>.</summary>
    /// <returns><see langword="false"/> when <paramref name="name"/> is no name of the table.</returns>
    public bool TryParse(ReadOnlySpan<char> name, out TEnum value)
    {
        for (int i = 0; i < _names.Length; i++)
        {
            if (name.SequenceEqual(_names[i]))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }
}
