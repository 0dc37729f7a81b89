using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ExerciseRules.Serialization;

/// <summary>The names and value formats of the wire format (camelCase), shared by the serializer, validation messages and the CLI.</summary>
public static partial class WireNames
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

    /// <summary>
    /// The wire names of one enum's values, made once, in an array indexed by the value (the enums of the wire
    /// format run from 0 up). A value outside it (negative, large, or an undefined value) is named as it would have
    /// been put in the array: <c>CamelCase(value.ToString())</c>. An array rather than a Dictionary&lt;T, string&gt;,
    /// whose methods the JIT compiled anew for each enum at start-up.
    /// </summary>
    private static class Names<T>
        where T : struct, Enum
    {
        private const int MaxIndex = 256;

        private static readonly string?[] s_names = Build();

        public static string Of(T value)
        {
            var index = IndexOf(value);
            return (ulong)index < (ulong)s_names.Length && s_names[index] is { } name ? name : CamelCase(value.ToString());
        }

        /// <summary>The value as a number (its underlying type's bits, zero-extended: a negative value comes out large).</summary>
        private static long IndexOf(T value) => Unsafe.SizeOf<T>() switch
        {
            1 => Unsafe.As<T, byte>(ref value),
            2 => Unsafe.As<T, ushort>(ref value),
            4 => Unsafe.As<T, uint>(ref value),
            _ => (long)Math.Min(Unsafe.As<T, ulong>(ref value), long.MaxValue),
        };

        private static string?[] Build()
        {
            var values = Enum.GetValues<T>();
            var length = 0L;
            foreach (var value in values)
            {
                var index = IndexOf(value);
                if (index < MaxIndex)
                {
                    length = Math.Max(length, index + 1);
                }
            }

            var names = new string?[length];
            foreach (var value in values)
            {
                var index = IndexOf(value);
                if (index < MaxIndex)
                {
                    names[index] ??= CamelCase(value.ToString());
                }
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
