using System.Globalization;
using System.Text.Json;

namespace ExerciseRules.Serialization;

/// <summary>The names and value formats of the wire format (camelCase), shared by the serializer, validation messages and the CLI.</summary>
public static class WireNames
{
    /// <summary>Gets the wire name of an enum value, e.g. <c>proneOnElbows</c>.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The camelCase name.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum => Names<T>.Of(value);

    /// <summary>
    /// camelCase as <see cref="JsonNamingPolicy.CamelCase"/> converts a name (the leading run of capitals lowered,
    /// all but the last when a lower-case letter follows it), written out so that naming an enum value on every
    /// advice neither loads System.Text.Json nor allocates.
    /// </summary>
    internal static string CamelCase(string name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The wire names of one enum's values, made once.</summary>
    private static class Names<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, string> s_names = Build();

        public static string Of(T value) => s_names.TryGetValue(value, out var name) ? name : CamelCase(value.ToString());

        private static Dictionary<T, string> Build()
        {
            var names = new Dictionary<T, string>();
            foreach (var value in Enum.GetValues<T>())
            {
                names.TryAdd(value, CamelCase(value.ToString()));
            }

            return names;
        }
    }

    /// <summary>Gets every wire name of an enum, in declaration order, joined by ", ".</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <returns>The names, e.g. <c>proneLying, proneOnElbows, pressUp</c>.</returns>
    public static string AllOf<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Of));

    /// <summary>Formats a time for messages in ISO 8601 form: <c>2026-11-24T09:55:00Z</c> in UTC, else with its offset (<c>2026-11-24T10:55:00+01:00</c>).</summary>
    /// <param name="value">The time.</param>
    /// <returns>The text.</returns>
    public static string Time(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
