using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ExerciseRules.Extensions.DependencyInjection;

/// <summary>
/// Binds protocol options from a configuration section as strictly as the wire format reads them, instead of
/// <c>ConfigurationBinder</c>, whose type converters guess: <c>"2"</c> for a duration is two days, <c>"0x10"</c> or
/// <c>"#10"</c> for a whole number is 16. Every value must be in the one form the wire format allows (durations
/// <c>hh:mm:ss</c>, whole numbers as digits, numbers with a <c>.</c>, <c>true</c>/<c>false</c>), with no white
/// space around it; names match <see cref="ProtocolOptionsBuilder"/>'s properties, ignoring case, as configuration
/// does. Problems do not throw here: they are kept for the builder and reported, all at once and with the other
/// options problems, by validation when the host starts.
/// </summary>
internal sealed class StrictOptionsBinding(IConfiguration configuration) : IConfigureOptions<ProtocolOptionsBuilder>
{
    private static readonly ConditionalWeakTable<ProtocolOptionsBuilder, IReadOnlyList<string>> s_errors = [];

    private static readonly Dictionary<string, PropertyInfo> s_properties = typeof(ProtocolOptionsBuilder)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly string s_names = string.Join(", ", s_properties.Keys.Order(StringComparer.Ordinal));

    /// <summary>Gets the problems found binding <paramref name="options"/>, empty when there were none (or it was not bound).</summary>
    public static IReadOnlyList<string> ErrorsOf(ProtocolOptionsBuilder options) =>
        s_errors.TryGetValue(options, out var errors) ? errors : [];

    public void Configure(ProtocolOptionsBuilder options)
    {
        var errors = new List<string>();
        foreach (var child in configuration.GetChildren())
        {
            if (!s_properties.TryGetValue(child.Key, out var property))
            {
                errors.Add($"{child.Key}: is not a known option; the options are {s_names}");
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (child.Value is null)
            {
                if (child.GetChildren().Any())
                {
                    errors.Add($"{name}: must be a value, not a section");
                }

                continue;
            }

            if (TryConvert(property.PropertyType, child.Value, out var value, out var problem))
            {
                property.SetValue(options, value);
            }
            else
            {
                errors.Add($"{name}: {problem}");
            }
        }

        s_errors.AddOrUpdate(options, errors);
    }

    /// <summary>Reads one configuration value as the type of an option.</summary>
    internal static bool TryConvert(Type type, string text, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        if (text.Length == 0)
        {
            problem = "is empty: give a value, or leave the option out to keep its default";
            return false;
        }

        if (type == typeof(TimeSpan))
        {
            // The wire format's own reader, with its messages ("a bare number has no unit ...").
            var read = WireNames.TryParseDuration(text, out var duration, out problem);
            value = duration;
            return read;
        }

        var spaced = text.Trim().Length != text.Length ? "; it has white space or a line break before or after it" : string.Empty;
        if (type == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                value = whole;
                return true;
            }

            var digits = text.StartsWith('-') ? text[1..] : text;
            problem = digits.Length > 0 && digits.All(char.IsAsciiDigit)
                ? "must be a whole number between -2147483648 and 2147483647"
                : "must be a whole number, written in digits (e.g. 12)" + spaced;
            return false;
        }

        if (type == typeof(double))
        {
            if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                && double.IsFinite(number))
            {
                value = number;
                return true;
            }

            problem = text.Contains(',', StringComparison.Ordinal)
                ? "must be a number written with a decimal point, not a comma (e.g. 0.2)"
                : "must be a number (e.g. 0.2)" + spaced;
            return false;
        }

        if (type == typeof(bool))
        {
            if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                value = text.Length == 4;
                return true;
            }

            problem = "must be true or false" + spaced;
            return false;
        }

        problem = $"cannot be set from configuration (a {type.Name})";
        return false;
    }
}
