using System.Collections;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;

namespace ExerciseRules.Engine;

/// <summary>
/// The explanation NRules does not give: for every rule that fired, the facts it matched; for every rule that did
/// not, the first of its conditions (in the order they are written) that does not hold in the session's working
/// memory, in words, with the values that decided it. Rebuilt from the rule definitions and the working memory
/// after the evaluation; conditions are evaluated again, compiled once per rule set.
/// </summary>
internal static class Explainer
{
    public static EvaluationTrace Explain(RuleSet rules, RuleSetEvaluation evaluation)
    {
        var memory = evaluation.Facts;
        var firings = ImmutableArray.CreateBuilder<RuleFiring>(evaluation.Firings.Count);
        var fired = new HashSet<IRuleDefinition>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < evaluation.Firings.Count; i++)
        {
            var (rule, match) = evaluation.Firings[i];
            fired.Add(rule);
            firings.Add(new RuleFiring(rules.MetadataOf(rule), i + 1, [.. FactsOf(match)]));
        }

        var context = new Context(rules, memory, evaluation.InsertedBy);
        var misses = ImmutableArray.CreateBuilder<RuleMiss>();
        foreach (var definition in rules.Definitions)
        {
            if (!fired.Contains(definition))
            {
                misses.Add(context.MissOf(definition));
            }
        }

        return new EvaluationTrace(firings.ToImmutable(), misses.ToImmutable());
    }

    /// <summary>Gets how a fact type is named in an explanation: its <c>[DisplayName]</c> (e.g. "last rep"), else "Order fact".</summary>
    public static string DisplayNameOf(Type type) =>
        type.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName is { Length: > 0 } name ? name : $"{ConditionText.FactName(type)} fact";

    private static string WithArticle(string name) => ("aeiou".Contains(char.ToLowerInvariant(name[0]), StringComparison.Ordinal) ? "an " : "a ") + name;

    /// <summary>The facts a firing matched, in the order of its conditions; a collected query shows its elements.</summary>
    private static IEnumerable<object> FactsOf(IMatch match)
    {
        foreach (var fact in match.Facts)
        {
            if (fact.Value is IEnumerable collection and not string)
            {
                foreach (var element in collection)
                {
                    if (element is not null)
                    {
                        yield return element;
                    }
                }
            }
            else if (fact.Value is not null)
            {
                yield return fact.Value;
            }
        }
    }

    private sealed class Context(RuleSet rules, IReadOnlyList<object> memory, IReadOnlyDictionary<object, string> insertedBy)
    {
        public RuleMiss MissOf(IRuleDefinition definition)
        {
            var metadata = rules.MetadataOf(definition);
            var bindings = new Dictionary<string, object?>(StringComparer.Ordinal);
            var elements = definition.LeftHandSide.ChildElements;
            for (var i = 0; i < elements.Count; i++)
            {
                var condition = i < metadata.Conditions.Length ? metadata.Conditions[i] : new RuleCondition(ConditionKind.Match, typeof(object), string.Empty);
                if (Check(elements[i], condition, bindings) is { } miss)
                {
                    return new RuleMiss(metadata, miss.Reason, condition, miss.Fact, miss.Explanation);
                }
            }

            var any = metadata.Conditions.IsEmpty ? new RuleCondition(ConditionKind.Match, typeof(object), string.Empty) : metadata.Conditions[^1];
            return new RuleMiss(metadata, MissReason.TestFalse, any, null, "its conditions hold, but it had not fired when the evaluation ended");
        }

        private (MissReason Reason, object? Fact, string Explanation)? Check(RuleElement element, RuleCondition condition, Dictionary<string, object?> bindings)
        {
            switch (element)
            {
                case PatternElement { Source: AggregateElement aggregate } pattern:
                    // A collected query always has a result (possibly empty).
                    bindings[pattern.Declaration.Name] = Candidates(aggregate.Source.ValueType).Where(c => FirstFailure(aggregate.Source, c, bindings) is null).ToList();
                    return null;
                case PatternElement { Source: BindingElement calculation } pattern:
                    return Calculate(pattern, calculation, bindings);
                case PatternElement pattern:
                    return Match(pattern, bindings, bind: true);
                case ExistsElement { Source: PatternElement pattern }:
                    return Match(pattern, bindings, bind: false);
                case NotElement { Source: PatternElement pattern }:
                    return Absent(pattern, bindings);
                default:
                    return (MissReason.TestFalse, null, $"its {condition.Test} did not hold");
            }
        }

        /// <summary>A value the rule calculates (NRules <c>Let</c>) and the filters on it (<c>Having</c>): not a fact, so it is never missing.</summary>
        private (MissReason, object?, string)? Calculate(PatternElement pattern, BindingElement calculation, Dictionary<string, object?> bindings)
        {
            if (Evaluate(calculation.Expression, bindings, null, out var value) is { } error)
            {
                return (MissReason.TestFailed, null, $"{ConditionText.Of(calculation.Expression)} could not be evaluated: {error}");
            }

            bindings[pattern.Declaration.Name] = value;
            return FirstFailure(pattern, value!, bindings) is var (condition, failure)
                ? Failed(condition, value, failure, bindings, pattern.Declaration.Name)
                : null;
        }

        private (MissReason, object?, string)? Match(PatternElement pattern, Dictionary<string, object?> bindings, bool bind)
        {
            var type = pattern.ValueType;
            var candidates = Candidates(type).ToList();
            if (candidates.Count == 0)
            {
                return Missing(type);
            }

            (object Fact, LambdaExpression Condition, string? Error)? first = null;
            foreach (var candidate in candidates)
            {
                var failure = FirstFailure(pattern, candidate, bindings);
                if (failure is null)
                {
                    if (bind)
                    {
                        bindings[pattern.Declaration.Name] = candidate;
                    }

                    return null;
                }

                first ??= (candidate, failure.Value.Condition, failure.Value.Error);
            }

            var (fact, condition, error) = first!.Value;
            return Failed(condition, fact, error, bindings, pattern.Declaration.Name);
        }

        /// <summary>Why a condition did not hold for a fact (or calculated value): it threw, or it was false, with the values it read.</summary>
        private static (MissReason, object?, string) Failed(LambdaExpression condition, object? fact, string? error, Dictionary<string, object?> bindings, string name)
        {
            if (error is not null)
            {
                return (MissReason.TestFailed, fact, $"{ConditionText.Of(condition)} could not be evaluated: {error}");
            }

            var values = ConditionText.ValuesOf(condition, Arguments(condition, bindings, name, fact));
            return (MissReason.TestFalse, fact, values.Length == 0 ? $"{ConditionText.Of(condition)} was false" : $"{ConditionText.Of(condition)} was false: {values}");
        }

        private (MissReason, object?, string) Missing(Type type)
        {
            if (RuleSet.UnknownOf(type) is { } of)
            {
                // The rule needs the fact to be unknown.
                return Candidates(of).FirstOrDefault() is { } known
                    ? (MissReason.FactKnown, known, $"the {DisplayNameOf(of)} is known: {known}")
                    : (MissReason.FactMissing, null, $"there is no {DisplayNameOf(of)}, known or unknown");
            }

            return memory.OfType<IUnknownFact>().FirstOrDefault(u => u.FactType == type) is { } unknown
                ? (MissReason.FactUnknown, unknown, $"the {DisplayNameOf(type)} is unknown: {unknown.Reason}")
                : (MissReason.FactMissing, null, $"there is no {DisplayNameOf(type)}");
        }

        private (MissReason, object?, string)? Absent(PatternElement pattern, Dictionary<string, object?> bindings)
        {
            foreach (var candidate in Candidates(pattern.ValueType))
            {
                if (FirstFailure(pattern, candidate, bindings) is not null)
                {
                    continue;
                }

                if (RuleSet.UnknownOf(pattern.ValueType) is { } of)
                {
                    return (MissReason.FactUnknown, candidate, $"the {DisplayNameOf(of)} is unknown: {((IUnknownFact)candidate).Reason}");
                }

                var by = insertedBy.TryGetValue(candidate, out var rule) ? rule : null;
                var tests = pattern.Expressions.Count == 0
                    ? null
                    : $"{string.Join(" and ", pattern.Expressions.Select(e => ConditionText.Of(e.Expression)))}: {string.Join(", ", pattern.Expressions.Select(e => ConditionText.ValuesOf(e.Expression, Arguments(e.Expression, bindings, pattern.Declaration.Name, candidate))).Where(v => v.Length > 0).Distinct())}";
                if (pattern.ValueType.Name == "Decision" && by is not null)
                {
                    return (MissReason.FactPresent, candidate, tests is null
                        ? $"a decision was already made by {by}"
                        : $"the decision made by {by} meets {tests}");
                }

                var present = $"there is already {WithArticle(DisplayNameOf(pattern.ValueType))}{(by is null ? string.Empty : $" (from {by})")}";
                return (MissReason.FactPresent, candidate, tests is null ? present : $"{present} that meets {tests}");
            }

            return null;
        }

        /// <summary>The first condition of a pattern a candidate fails, or the error evaluating it.</summary>
        private (LambdaExpression Condition, string? Error)? FirstFailure(PatternElement pattern, object candidate, Dictionary<string, object?> bindings)
        {
            foreach (var expression in pattern.Expressions)
            {
                var condition = expression.Expression;
                var error = Evaluate(condition, bindings, (pattern.Declaration.Name, candidate), out var result);
                if (error is not null || result is not true)
                {
                    return (condition, error);
                }
            }

            return null;
        }

        private string? Evaluate(LambdaExpression condition, Dictionary<string, object?> bindings, (string Name, object Fact)? self, out object? result)
        {
            result = null;
            var arguments = Arguments(condition, bindings, self?.Name, self?.Fact);
            try
            {
                result = rules.CompiledCondition(condition).DynamicInvoke([.. arguments]);
                return null;
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                return $"{inner.GetType().Name}: {inner.Message}";
            }
            catch (ArgumentException e)
            {
                return e.Message;
            }
        }

        private static object?[] Arguments(LambdaExpression condition, Dictionary<string, object?> bindings, string? selfName, object? self)
        {
            var arguments = new object?[condition.Parameters.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                var name = condition.Parameters[i].Name ?? string.Empty;
                arguments[i] = name == selfName ? self : bindings.GetValueOrDefault(name);
            }

            return arguments;
        }

        private IEnumerable<object> Candidates(Type type) => memory.Where(type.IsInstanceOfType);
    }
}
