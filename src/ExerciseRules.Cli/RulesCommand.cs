using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Serialization;

namespace ExerciseRules.Cli;

/// <summary>
/// <c>exrules rules [--markdown]</c>: every rule of the protocol with its stage, priority, description, conditions
/// and source, and the default protocol options. <c>--markdown</c> writes the reference document
/// <c>docs/protocol.md</c>, generated from the rules themselves so it cannot drift from the code.
/// </summary>
internal static class RulesCommand
{
    /// <summary>The command that regenerates docs/protocol.md (run from the repository's root).</summary>
    public const string RegenerateCommand = "dotnet run --project src/ExerciseRules.Cli -- rules --markdown > docs/protocol.md";

    // What each option means, by its wire name. Every option must have one: Markdown() fails otherwise.
    private static readonly Dictionary<string, string> OptionMeanings = new(StringComparer.Ordinal)
    {
        ["intensifyingPainDelta"] = "Points the pain must rise, against the last report before a rep, for the rep to count as worse.",
        ["improvementPoints"] = "Points below the baseline the latest pain must be for the person to count as improved.",
        ["improvementPercent"] = "Percent below the baseline the latest pain must reach for the person to count as improved.",
        ["persistDays"] = "Days of regular exercise after which pain that has not improved means contacting the therapist (rule 3).",
        ["minSessionsPerDay"] = "Sessions in each 24-hour window that count as exercising regularly.",
        ["reviewDays"] = "Days after which pain that has not improved means contacting the therapist, regular or not (rule 4).",
        ["consecutiveWorseLimit"] = "Worse reps in a row that stop the set (rule 5).",
        ["maxReps"] = "The most reps in a set (rule 6).",
        ["minReps"] = "Reps after which a set finishes once a rep is no longer better (rule 6).",
        ["severePain"] = "The pain (0 to 10) at or above which a rep that was the same or better holds the last range instead of going further (rule 9).",
        ["restSeconds"] = "Seconds to rest, lying down, after a rep that made the symptoms worse (rule 7).",
        ["minRange"] = "The smallest target range, as a fraction of full range.",
        ["rangeStep"] = "How much the target range changes from one rep to the next, as a fraction of full range.",
        ["startRange"] = "The target range of the first press-up of a set, as a fraction of full range (rule 12).",
        ["sessionInterval"] = "Time from the end of one session until the next is due, as hh:mm:ss (rule 13).",
        ["sessionTimeout"] = "How long after its last activity an unfinished session stops counting as open, as hh:mm:ss.",
        ["minRepSeconds"] = "The fewest seconds a rep should take; quicker reps get a reminder to move slowly.",
        ["requireProgression"] = "Whether each exercise must be tolerated before the next: lying, then on the elbows, then the press-up (rule 14).",
    };

    private static readonly (RuleStage Stage, string Does)[] Stages =
    [
        (RuleStage.Derive, "compute facts from the history's input facts: the open set, the last rep's response, centralisation, improvement, regularity, the next exercise"),
        (RuleStage.Decide, "choose the step: each rule needs that no decision exists yet, so the first to match decides"),
        (RuleStage.Compose, "add the messages that go with the step, in priority order"),
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where to write.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout)
    {
        var markdown = new Option<bool>("--markdown")
        {
            Description = "Write the reference document (docs/protocol.md) as Markdown instead of plain text.",
        };
        var command = new Command("rules", "List every rule of the protocol (stage, priority, description, conditions, source) and the default protocol options.")
        {
            markdown,
        };
        command.SetAction(parse =>
        {
            stdout.Write(parse.GetValue(markdown) ? Markdown() : Text());
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Gets the rules and options as plain text.</summary>
    /// <returns>The text (lines end with \n).</returns>
    public static string Text()
    {
        var rules = PressUpProtocol.Compile().Rules;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The press-up protocol: {rules.Length} rules in evaluation order. Self-management guidance, not medical advice.\n");
        foreach (var (stage, does) in Stages)
        {
            text.Append('\n').Append(WireNames.Of(stage).ToUpperInvariant()).Append(": ").Append(does).Append('\n');
            foreach (var rule in rules.Where(r => r.Stage == stage))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {rule.Name} (priority {rule.Priority})\n");
                text.Append("    ").Append(rule.Description).Append('\n');
                for (var i = 0; i < rule.Conditions.Length; i++)
                {
                    text.Append(i == 0 ? "    when:   " : "    and:    ").Append(rule.Conditions[i]).Append('\n');
                }

                text.Append("    source: ").Append(rule.Source).Append('\n');
            }
        }

        text.Append("\nOPTIONS (defaults; change them with --options on advise, or in code or configuration)\n");
        foreach (var (name, value) in DefaultOptions())
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name} = {value}\n    {MeaningOf(name)}\n");
        }

        return text.ToString();
    }

    /// <summary>Gets the reference document, docs/protocol.md.</summary>
    /// <returns>The Markdown (lines end with \n).</returns>
    public static string Markdown()
    {
        var rules = PressUpProtocol.Compile().Rules;
        var md = new StringBuilder();
        md.Append("# The press-up protocol: rules and options\n\n");
        md.Append("<!-- Generated by `exrules rules --markdown` from the rules themselves; do not edit by hand. Regenerate it with:\n");
        md.Append("     ").Append(RegenerateCommand).Append(" -->\n\n");
        md.Append("Every rule of the press-up protocol as the library runs it on NRules, with the sentence of the clinical source (or the practice) ");
        md.Append("it comes from, and the protocol options with their defaults. It is generated from the rules' own metadata and ");
        md.Append("conditions, so it says what the code does. ExerciseRules gives self-management guidance, not medical advice: every ");
        md.Append("advice says so. The readings of the protocol that needed a decision are in [protocol-decisions.md](protocol-decisions.md); ");
        md.Append("how the engine runs the rules is in [architecture.md](architecture.md).\n\n");

        md.Append("## How the rules run\n\n");
        md.Append("Every rule is an NRules rule class (`src/ExerciseRules/Protocol/Rules/{Derive,Decide,Compose}/`) with its name, ");
        md.Append("description, stage tag, priority and source as attributes. NRules fires the activated rule of highest priority ");
        md.Append("first, and each insert of a fact activates the rules it completes (forward chaining). The stages are bands of ");
        md.Append("priority, so they run in this order: derive (200 and up), decide (1 to 199), compose (0 and below). No two rules ");
        md.Append("share a priority, so the order never depends on how facts were inserted.\n\n");
        md.Append("| stage | what its rules do | rules |\n|---|---|---|\n");
        foreach (var (stage, does) in Stages)
        {
            md.Append(CultureInfo.InvariantCulture, $"| [{WireNames.Of(stage)}](#{WireNames.Of(stage)}) | {does} | {rules.Count(r => r.Stage == stage)} |\n");
        }

        md.Append("\nConditions read as follows, in the order they are written: `match T where test` needs a fact of type `T` that ");
        md.Append("passes the test; `exists T` is the same without the action using it; `not T` needs no such fact; `unknown T` needs ");
        md.Append("the fact to be known to be unknown (an `Unknown<T>` fact, with its reason); `query T` collects the facts of `T` ");
        md.Append("(there may be none). A fact the data cannot establish is unknown, not false: a rule that needs it does not fire, ");
        md.Append("so the protocol never decides blind. Option values are shown in brackets: `MinReps (10)`.\n");

        foreach (var (stage, _) in Stages)
        {
            md.Append("\n## ").Append(WireNames.Of(stage)).Append("\n");
            foreach (var rule in rules.Where(r => r.Stage == stage))
            {
                md.Append(CultureInfo.InvariantCulture, $"\n### `{rule.Name}` (priority {rule.Priority})\n\n");
                md.Append(rule.Description).Append("\n\n");
                for (var i = 0; i < rule.Conditions.Length; i++)
                {
                    md.Append(i == 0 ? "- when `" : "- and `").Append(rule.Conditions[i]).Append("`\n");
                }

                md.Append("- source:\n\n  > ").Append(rule.Source).Append('\n');
            }
        }

        md.Append("\n## Options\n\n");
        md.Append("The numbers of the protocol, with their defaults. A host changes them in JSON (`exrules advise --options FILE`, ");
        md.Append("`ExerciseRulesJson.ParseOptions`), in configuration (`services.AddExerciseRules(section)`) or in code ");
        md.Append("(`ProtocolOptions.Default with { MaxReps = 12 }`); what is left out keeps its default, and invalid options are ");
        md.Append("rejected before any advice is given. See [custom-rules.md](custom-rules.md).\n\n");
        md.Append("| option | default | meaning |\n|---|---|---|\n");
        foreach (var (name, value) in DefaultOptions())
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{name}` | `{value}` | {MeaningOf(name)} |\n");
        }

        return md.ToString();
    }

    private static IEnumerable<(string Name, string Value)> DefaultOptions()
    {
        // The wire format's own names and values, so the document shows exactly what an options file holds.
        using var json = JsonDocument.Parse(ExerciseRulesJson.Serialize(ProtocolOptions.Default));
        return [.. json.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))];
    }

    private static string MeaningOf(string option) =>
        OptionMeanings.TryGetValue(option, out var meaning)
            ? meaning
            : throw new InvalidOperationException($"The option '{option}' has no meaning in RulesCommand.OptionMeanings; add one.");
}
