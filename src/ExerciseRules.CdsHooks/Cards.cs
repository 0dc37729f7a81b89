using System.Globalization;
using System.Text;
using System.Text.Json;
using ExerciseRules.Fhir;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.CdsHooks;

/// <summary>Advice as a CDS Hooks 2.0 card: summary, indicator, Markdown detail, source, uuid.</summary>
internal static class Cards
{
    /// <summary>The card's summary must be under 140 characters (CDS Hooks 2.0, Card Attributes).</summary>
    public const int MaxSummary = 139;

    public static string Indicator(Advice advice) => advice.Step switch
    {
        AdviceStep.SeekUrgentCare => "critical",
        AdviceStep.ContactTherapist or AdviceStep.StopSet => "warning",
        _ => "info",
    };

    public static string Summary(Advice advice)
    {
        var exercise = advice.Exercise is { } e ? Name(e) : "the exercise";
        var at = advice.TargetRange is { } t ? $" (about {Percent(t)} of full range)" : string.Empty;
        var summary = advice.Step switch
        {
            AdviceStep.SeekUrgentCare when advice.Urgency == Urgency.Emergency =>
                "Red flag reported: seek emergency care now and stop the exercise programme.",
            AdviceStep.SeekUrgentCare =>
                "Red flag reported: arrange an urgent medical review and pause the exercise programme.",
            AdviceStep.ContactTherapist =>
                "Pain has not improved with the programme: contact the physical therapist.",
            AdviceStep.StopSet =>
                $"Symptoms keep worsening: stop this set of {exercise}; the next session steps back one exercise.",
            AdviceStep.FinishSet =>
                $"Set of {exercise} done: relax on the stomach, then rise safely.",
            AdviceStep.ReduceRange =>
                $"Symptoms intensifying: rest, then do the next {exercise} less far{at}.",
            AdviceStep.HoldRange =>
                $"Keep the next {exercise} at the same range{at}; do not go further yet.",
            AdviceStep.ProgressRange =>
                $"Symptoms not worse: go a little further on the next {exercise}{at}.",
            AdviceStep.StartSet =>
                $"Start a set of {exercise}{at}.",
            AdviceStep.NextSession when advice.NextSessionDue is { } due =>
                $"Between sessions: the next {exercise} session is due {due.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.",
            _ => $"Next step: {WireNames.Of(advice.Step)}.",
        };
        return summary.Length <= MaxSummary ? summary : summary[..(MaxSummary - 1)] + "…";
    }

    /// <summary>The detail, GitHub Flavored Markdown: the messages, the numbers, the rule that decided and its source.</summary>
    public static string Detail(Advice advice)
    {
        var md = new StringBuilder();
        foreach (var message in advice.Messages)
        {
            md.Append("- ").Append(Escape(message.Text)).Append('\n');
        }

        md.Append('\n');
        Fact(md, "Step", WireNames.Of(advice.Step));
        Fact(md, "Urgency", WireNames.Of(advice.Urgency));
        Fact(md, "Exercise", advice.Exercise is { } e ? Name(e) : null);
        Fact(md, "Target range", advice.TargetRange is { } t ? $"{Percent(t)} of full range ({t.ToString("0.##", CultureInfo.InvariantCulture)})" : null);
        Fact(md, "Rest before the next rep", advice.RestSeconds is { } r ? $"{r} s" : null);
        Fact(md, "Reps done", advice.RepsDone?.ToString(CultureInfo.InvariantCulture));
        Fact(md, "Reps remaining", advice.RepsRemaining?.ToString(CultureInfo.InvariantCulture));
        Fact(md, "Next session due", advice.NextSessionDue is { } d ? WireNames.Time(d) : null);
        if (advice.DecidedBy is { } rule)
        {
            md.Append('\n').Append("**Decided by** `").Append(rule.Name).Append("`: ").Append(Escape(rule.Source)).Append('\n');
        }

        return md.ToString();
    }

    /// <summary>The card extension (CDS Hooks 2.0, Extensions) that carries the advice in the library's wire format, for apps that read it.</summary>
    public const string AdviceExtension = "example.exerciserules.advice";

    public static void Write(Utf8JsonWriter json, Advice advice, ExerciseRulesCdsHooksOptions options)
    {
        json.WriteStartObject();
        json.WriteString("uuid", Guid.NewGuid().ToString());
        json.WriteString("summary", Summary(advice));
        json.WriteString("indicator", Indicator(advice));
        json.WriteString("detail", Detail(advice));
        json.WritePropertyName("source");
        json.WriteStartObject();
        json.WriteString("label", options.SourceLabel);
        if (options.SourceUrl is { } url)
        {
            json.WriteString("url", url.AbsoluteUri);
        }

        json.WritePropertyName("topic");
        json.WriteStartObject();
        json.WriteString("system", FhirCodes.CodeSystem);
        json.WriteString("code", FhirCodes.PressUpProgramme);
        json.WriteString("display", "Lower-back press-up programme");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WritePropertyName("extension");
        json.WriteStartObject();
        json.WritePropertyName(AdviceExtension);
        json.WriteRawValue(ExerciseRulesJson.Serialize(advice));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Fact(StringBuilder md, string name, string? value)
    {
        if (value is not null)
        {
            md.Append("- **").Append(name).Append(":** ").Append(Escape(value)).Append('\n');
        }
    }

    private static string Name(Exercise exercise) => exercise switch
    {
        Exercise.ProneLying => "prone lying",
        Exercise.ProneOnElbows => "prone on elbows",
        _ => "press-up",
    };

    private static string Percent(double range) => (range * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Escapes what Markdown would read as markup, so a message text (which a host may replace) shows as written.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
