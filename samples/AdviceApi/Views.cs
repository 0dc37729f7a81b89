using System.Text.Json;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace AdviceApi;

/// <summary>One problem with the request: the field's path (<c>sessions[0].reps[2].pain</c>, or <c>now</c> for the query parameter) and what is wrong.</summary>
/// <param name="Path">The path.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ErrorItem(string Path, string Message);

/// <summary>The response of <c>POST /explain</c>: the advice in the wire format, and how it was reached.</summary>
/// <param name="Advice">The advice, exactly as <c>POST /advice</c> gives it.</param>
/// <param name="Trace">The rules that fired with the facts they matched, and those that did not with the reason.</param>
public sealed record ExplainResponse(JsonElement Advice, TraceView Trace);

/// <summary>An evaluation trace.</summary>
/// <param name="Fired">Every firing, in order.</param>
/// <param name="NotFired">Every rule that did not fire, in evaluation order, with the first condition that did not hold.</param>
public sealed record TraceView(IReadOnlyList<FiringView> Fired, IReadOnlyList<MissView> NotFired)
{
    /// <summary>Gets the view of a trace.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The view.</returns>
    public static TraceView From(EvaluationTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return new TraceView(
            [.. trace.Firings.Select(f => new FiringView(
                f.Sequence, f.Rule.Name, WireNames.Of(f.Rule.Stage), f.Rule.Priority,
                [.. f.Facts.Select(fact => new FactView(fact.GetType().Name, fact.ToString() ?? string.Empty))]))],
            [.. trace.Misses.Select(m => new MissView(
                m.Rule.Name, WireNames.Of(m.Rule.Stage), m.Rule.Priority, WireNames.Of(m.Reason), m.Condition.ToString(), m.Explanation))]);
    }
}

/// <summary>One firing of a rule.</summary>
/// <param name="Sequence">Its 1-based position in the evaluation.</param>
/// <param name="Rule">The rule's name.</param>
/// <param name="Stage">The rule's stage: derive, decide or compose.</param>
/// <param name="Priority">The rule's priority within its stage.</param>
/// <param name="Facts">The facts its conditions matched.</param>
public sealed record FiringView(int Sequence, string Rule, string Stage, int Priority, IReadOnlyList<FactView> Facts);

/// <summary>A fact a rule matched.</summary>
/// <param name="Type">The fact's type, e.g. <c>LastRep</c>.</param>
/// <param name="Value">The fact, in words.</param>
public sealed record FactView(string Type, string Value);

/// <summary>A rule that did not fire.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Stage">The rule's stage.</param>
/// <param name="Priority">The rule's priority.</param>
/// <param name="Reason">factMissing, factUnknown, testFalse, factPresent, factKnown or testFailed.</param>
/// <param name="Condition">The first condition that did not hold.</param>
/// <param name="Explanation">The reason in words.</param>
public sealed record MissView(string Rule, string Stage, int Priority, string Reason, string Condition, string Explanation);

/// <summary>The response of <c>GET /protocol</c>: the rules and the protocol options in force.</summary>
/// <param name="Rules">Every rule, in evaluation order (stage, then priority, highest first).</param>
/// <param name="Options">The protocol options in force, in the wire format.</param>
public sealed record ProtocolView(IReadOnlyList<RuleView> Rules, JsonElement Options)
{
    /// <summary>Gets the view of a rule set and its options.</summary>
    /// <param name="rules">The compiled rules.</param>
    /// <param name="options">The options in force.</param>
    /// <returns>The view.</returns>
    public static ProtocolView From(RuleSet rules, ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        using var optionsJson = JsonDocument.Parse(ExerciseRulesJson.Serialize(options));
        return new ProtocolView(
            [.. rules.Rules.Select(r => new RuleView(
                r.Name, WireNames.Of(r.Stage), r.Priority, r.Description, r.Source,
                [.. r.Conditions.Select(c => new ConditionView(WireNames.Of(c.Kind), c.FactName, c.Test.Length == 0 ? null : c.Test, c.ToString()))]))],
            optionsJson.RootElement.Clone());
    }
}

/// <summary>A rule of the protocol.</summary>
/// <param name="Name">Its name, as in advice and traces.</param>
/// <param name="Stage">derive, decide or compose.</param>
/// <param name="Priority">Within its stage, higher fires first.</param>
/// <param name="Description">What it decides.</param>
/// <param name="Source">The sentence of the clinical source (or the practice) it comes from.</param>
/// <param name="Conditions">Its conditions, in the order they are tested.</param>
public sealed record RuleView(string Name, string Stage, int Priority, string Description, string Source, IReadOnlyList<ConditionView> Conditions);

/// <summary>A condition of a rule.</summary>
/// <param name="Kind">match, exists, not or unknown.</param>
/// <param name="Fact">The type of fact it looks at.</param>
/// <param name="Test">The source text of its test, or null when it has none.</param>
/// <param name="Text">The condition in words, e.g. <c>match OpenSet where s =&gt; s.RepsDone &gt; 0</c>.</param>
public sealed record ConditionView(string Kind, string Fact, string? Test, string Text);
