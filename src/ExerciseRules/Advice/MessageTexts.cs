using System.Globalization;
using System.Resources;
using System.Text;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Serialization;

namespace ExerciseRules;

/// <summary>
/// The words of the messages: templates with <c>{name}</c> placeholders, one per message code (and variant), that
/// the advisor fills in. <see cref="English"/> is the default; a host supplies its own language or tone with
/// <see cref="FromTemplates"/>, without touching the rules.
/// </summary>
/// <remarks>
/// <para>
/// A message is looked up by its code with a variant first, then by the code alone: <c>seekUrgentCare.emergency</c>
/// / <c>seekUrgentCare.urgent</c>; <c>stopSet.proneLying</c> / <c>stopSet.proneOnElbows</c> / <c>stopSet.pressUp</c>;
/// <c>reduceRange.noTarget</c>, <c>holdRange.noTarget</c>, <c>progressRange.noTarget</c>, <c>startSet.noTarget</c>
/// when no target range applies; <c>reduceRange.atBottom</c>, <c>holdRange.atBottom</c> (and the same for the other
/// two) when the target is 0, the bottom of the range, where there is nothing to press up to. Helper keys: <c>exercise.{exercise}</c> and <c>again.{exercise}</c> (phrases for
/// <c>{exercise}</c> and <c>{again}</c>), <c>redFlag.{flag}</c>, <c>format.list</c> (<c>{items} or {last}</c>) and
/// <c>format.time</c> (a .NET date format). A code with no template (for example one a host's own rule adds) is
/// shown as the code itself.
/// </para>
/// <para>Placeholders: see <see cref="Placeholders"/>. Numbers and times are formatted with <see cref="Culture"/>.</para>
/// </remarks>
public sealed class MessageTexts
{
    private static readonly Lazy<MessageTexts> s_english = new(LoadEnglish);

    private readonly Dictionary<string, string> _templates;
    private readonly MessageTexts? _fallback;

    private MessageTexts(Dictionary<string, string> templates, CultureInfo culture, MessageTexts? fallback)
    {
        _templates = templates;
        Culture = culture;
        _fallback = fallback;
    }

    /// <summary>Gets the English texts shipped with the library.</summary>
    public static MessageTexts English => s_english.Value;

    /// <summary>Gets the names a template may use in braces, e.g. <c>{target}</c>.</summary>
    public static IReadOnlyList<string> Placeholders { get; } =
    [
        "target", "restSeconds", "repsDone", "minReps", "maxReps", "nextSessionDue", "exercise", "again",
        "daysSinceStart", "persistDays", "reviewDays", "minSessionsPerDay", "minRepSeconds", "severePain", "redFlags", "RedFlags",
        "items", "last",
    ];

    /// <summary>Gets the culture numbers and times are formatted with.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the keys this instance has templates for (not counting its fallback).</summary>
    public IReadOnlyCollection<string> Keys => _templates.Keys;

    /// <summary>
    /// Creates texts from templates, checking them all first. Keys without a template fall back to
    /// <paramref name="fallback"/> (by default <see cref="English"/>).
    /// </summary>
    /// <param name="templates">Templates by key, e.g. <c>["reduceRange"] = "Tus síntomas aumentan: descansa {restSeconds} segundos..."</c>.</param>
    /// <param name="culture">The culture for numbers and times; <see langword="null"/> for the invariant culture.</param>
    /// <param name="fallback">Where keys without a template are looked up; <see langword="null"/> for <see cref="English"/>.</param>
    /// <returns>The texts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> is null.</exception>
    /// <exception cref="ArgumentException">A template is empty or uses a placeholder that does not exist; the message lists every problem.</exception>
    public static MessageTexts FromTemplates(IReadOnlyDictionary<string, string> templates, CultureInfo? culture = null, MessageTexts? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var problems = new List<string>();
        foreach (var (key, template) in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(template))
            {
                problems.Add($"'{key}' is empty");
                continue;
            }

            if (key.StartsWith("format.time", StringComparison.Ordinal))
            {
                continue;
            }

            for (var at = 0; NextPlaceholder(template, at) is var (index, length); at = index + length)
            {
                var name = template.Substring(index + 1, length - 2);
                if (!Placeholders.Contains(name))
                {
                    problems.Add($"'{key}' uses {{{name}}}, which is not a placeholder (known: {string.Join(", ", Placeholders)})");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The message templates are not valid: {string.Join("; ", problems)}.", nameof(templates));
        }

        return new MessageTexts(new Dictionary<string, string>(templates, StringComparer.Ordinal), culture ?? CultureInfo.InvariantCulture, fallback ?? English);
    }

    /// <summary>Gets the template for a key, from this instance or its fallback.</summary>
    /// <param name="key">The key, e.g. <c>reduceRange.noTarget</c>.</param>
    /// <returns>The template, or <see langword="null"/> if there is none.</returns>
    public string? Find(string key) =>
        _templates.TryGetValue(key, out var template) ? template : _fallback?.Find(key);

    /// <summary>Renders the text of a message.</summary>
    /// <param name="code">The message code, e.g. <c>reduceRange</c>.</param>
    /// <param name="context">What the text may draw on.</param>
    /// <returns>The text to show.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Render(string code, MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(context);
        var template = (Variant(code, context.Decision) is { } variant ? Find($"{code}.{variant}") : null) ?? Find(code);
        return template is null ? code : Fill(template, name => Value(name, context));
    }

    private static string? Variant(string code, Decision decision) => code switch
    {
        "seekUrgentCare" => decision.Urgency == Urgency.Emergency ? "emergency" : "urgent",
        "stopSet" => decision.Exercise is { } e ? WireNames.Of(e) : null,
        "reduceRange" or "holdRange" or "progressRange" or "startSet" => decision.TargetRange switch
        {
            null => "noTarget",
            <= 0 => "atBottom", // a target of 0 is the bottom of the range: nothing to press up to
            _ => null,
        },
        _ => null,
    };

    private string? Value(string name, MessageContext context)
    {
        var d = context.Decision;
        var o = context.Options;
        return name switch
        {
            "target" => d.TargetRange is { } t ? Percent(t).ToString(Culture) + "%" : null,
            "restSeconds" => d.RestSeconds?.ToString(Culture),
            "repsDone" => d.RepsDone?.ToString(Culture),
            "minReps" => o.MinReps.ToString(Culture),
            "maxReps" => o.MaxReps.ToString(Culture),
            "nextSessionDue" => d.NextSessionDue is { } due ? due.ToString(Find("format.time") ?? "u", Culture) : null,
            "exercise" => d.Exercise is { } e ? Find($"exercise.{WireNames.Of(e)}") : null,
            "again" => d.Exercise is { } e ? Find($"again.{WireNames.Of(e)}") : null,
            "daysSinceStart" => ((int)(context.Episode.SinceFirstSession?.TotalDays ?? 0)).ToString(Culture),
            "persistDays" => o.PersistDays.ToString(Culture),
            "reviewDays" => o.ReviewDays.ToString(Culture),
            "minSessionsPerDay" => o.MinSessionsPerDay.ToString(Culture),
            "minRepSeconds" => o.MinRepSeconds.ToString("0.#", Culture),
            "severePain" => o.SeverePain.ToString(Culture),
            "redFlags" => RedFlagList(d),
            "RedFlags" => RedFlagList(d) is { Length: > 0 } list ? char.ToUpper(list[0], Culture) + list[1..] : null,
            _ => null,
        };
    }

    /// <summary>A target as a whole percentage of full range; a target above 0 never reads 0% (it reads 1%).</summary>
    private static double Percent(double target)
    {
        var percent = Math.Round(target * 100, MidpointRounding.AwayFromZero);
        return target > 0 && percent < 1 ? 1 : percent + 0.0;
    }

    private string RedFlagList(Decision decision)
    {
        var names = decision.RedFlags.Select(f => Find($"redFlag.{WireNames.Of(f)}") ?? WireNames.Of(f)).ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => Fill(Find("format.list") ?? "{items} or {last}", n => n switch
            {
                "items" => string.Join(", ", names.Take(names.Count - 1)),
                "last" => names[^1],
                _ => null,
            }),
        };
    }

    private static string Fill(string template, Func<string, string?> value)
    {
        if (NextPlaceholder(template, 0) is null)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var last = 0;
        while (NextPlaceholder(template, last) is var (index, length))
        {
            text.Append(template, last, index - last);
            text.Append(value(template.Substring(index + 1, length - 2)) ?? template.Substring(index, length));
            last = index + length;
        }

        return text.Append(template, last, template.Length - last).ToString();
    }

    private static MessageTexts LoadEnglish()
    {
        // The English texts are the assembly's own resources (Advice/Resources/MessageTexts.resx), where translators
        // and reviewers find them. They are read directly, without a ResourceManager's culture fallback and
        // satellite probing (which cost milliseconds at start-up); other languages come from FromTemplates.
        const string Name = "ExerciseRules.Advice.Resources.MessageTexts.resources";
        using var stream = typeof(MessageTexts).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException("The English message texts are missing from the ExerciseRules assembly; the package is damaged. Reinstall it.");
        using var reader = new ResourceReader(stream);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = reader.GetEnumerator();
        while (entries.MoveNext())
        {
            if (entries.Key is string key && entries.Value is string value)
            {
                templates[key] = value;
            }
        }

        return new MessageTexts(templates, CultureInfo.InvariantCulture, fallback: null);
    }

    /// <summary>
    /// Finds the next placeholder at or after <paramref name="start"/>: a <c>{</c>, one or more ASCII letters, a
    /// <c>}</c> (what the regular expression <c>\{([A-Za-z]+)\}</c> matches, scanning left to right; written by hand
    /// because the regular expression engine costs milliseconds to start).
    /// </summary>
    /// <returns>Its index and length (braces included), or <see langword="null"/> if there is none.</returns>
    private static (int Index, int Length)? NextPlaceholder(string template, int start)
    {
        for (var i = template.IndexOf('{', start); i >= 0; i = template.IndexOf('{', i + 1))
        {
            var j = i + 1;
            while (j < template.Length && char.IsAsciiLetter(template[j]))
            {
                j++;
            }

            if (j > i + 1 && j < template.Length && template[j] == '}')
            {
                return (i, j + 1 - i);
            }
        }

        return null;
    }
}
