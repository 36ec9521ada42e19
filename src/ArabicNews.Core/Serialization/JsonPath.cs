using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArabicNews.Core.Serialization;

/// <summary>
/// Where a reader is inside a JSON document, as a JSONPath (<c>$.mentions[2].start</c>), kept as a stack of segments and
/// formatted only when an error needs it.
/// </summary>
internal sealed class JsonPath
{
    private readonly List<(string? Property, int Index)> _segments = [];

    /// <summary>Enters an object: its properties follow with <see cref="SetProperty"/>.</summary>
    public void EnterObject() => _segments.Add((string.Empty, -1));

    /// <summary>Enters an array: its items follow with <see cref="SetIndex"/>.</summary>
    public void EnterArray() => _segments.Add((null, -1));

    /// <summary>Names the property of the innermost object that is being read.</summary>
    public void SetProperty(string name) => _segments[^1] = (name, -1);

    /// <summary>Numbers the item of the innermost array that is being read.</summary>
    public void SetIndex(int index) => _segments[^1] = (null, index);

    /// <summary>Leaves the innermost object or array.</summary>
    public void Leave() => _segments.RemoveAt(_segments.Count - 1);

    /// <inheritdoc/>
    public override string ToString()
    {
        var path = new StringBuilder("$");
        foreach ((string? property, int index) in _segments)
        {
            if (!string.IsNullOrEmpty(property))
            {
                path.Append('.').Append(property);
            }
            else if (index >= 0)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return path.ToString();
    }
}
