using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.RuleModel;
using FluentRule = NRules.Fluent.Dsl.Rule;

namespace ExerciseRules.Engine;

/// <summary>
/// NRules rules compiled into one NRules session factory, with what ExerciseRules adds on top: each rule's
/// metadata (stage, source sentence, conditions in words), checks that the rules can run together (unique names,
/// one stage each, priorities in the stage's band and no two alike), a cap on firings, errors that name the rule,
/// and the explanation of an evaluation. Immutable and thread-safe: compile once (compiling costs milliseconds),
/// share it; every evaluation gets a session of its own (an NRules session is not thread-safe).
/// </summary>
/// <remarks>
/// Rules are registered explicitly, as instances (built with whatever they need, e.g. the protocol options), never
/// by scanning assemblies: a scan does not survive trimming. Rules are defined with NRules's fluent DSL: a
/// <c>public sealed class</c> deriving from <c>NRules.Fluent.Dsl.Rule</c>, with <c>[Name]</c>,
/// <c>[Description]</c>, <c>[Priority]</c>, <c>[Tag]</c> (its stage, see <see cref="RuleStages"/>) and
/// <see cref="SourceAttribute"/>.
/// </remarks>
public sealed class RuleSet
{
    private readonly ISessionFactory _factory;
    private readonly FrozenDictionary<IRuleDefinition, RuleMetadata> _metadata;
    private readonly ConcurrentDictionary<LambdaExpression, Delegate> _compiledConditions = new(ReferenceEqualityComparer.Instance);

    private RuleSet(ISessionFactory factory, ImmutableArray<IRuleDefinition> definitions, ImmutableArray<RuleMetadata> rules, RuleSetOptions options)
    {
        _factory = factory;
        Definitions = definitions;
        Rules = rules;
        Options = options;
        _metadata = definitions.Zip(rules).ToFrozenDictionary<(IRuleDefinition First, RuleMetadata Second), IRuleDefinition, RuleMetadata>(p => p.First, p => p.Second, ReferenceEqualityComparer.Instance);
        ByName = rules.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets each rule's metadata, highest priority (first to fire) first.</summary>
    public ImmutableArray<RuleMetadata> Rules { get; }

    /// <summary>Gets the NRules definitions of the rules, in the order of <see cref="Rules"/>.</summary>
    public ImmutableArray<IRuleDefinition> Definitions { get; }

    /// <summary>Gets the settings the rule set was compiled with.</summary>
    public RuleSetOptions Options { get; }

    private FrozenDictionary<string, RuleMetadata> ByName { get; }

    /// <summary>Compiles NRules rules.</summary>
    /// <param name="rules">The rule instances.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="RuleSetOptions.Default"/>.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The rules cannot run together; the message lists every problem (a null rule, a rule NRules cannot define, two rules with one name or one priority, a missing or second stage tag, a priority outside its stage's band).</exception>
    public static RuleSet Compile(IEnumerable<FluentRule> rules, RuleSetOptions? options = null)
    {
        var (compiled, problems) = TryCompile(rules, options ?? RuleSetOptions.Default, FrozenSet<Type>.Empty);
        return compiled ?? throw new ArgumentException($"The rules cannot be compiled together: {string.Join("; ", problems)}.", nameof(rules));
    }

    /// <summary>
    /// Compiles rules, or says every reason it cannot; facts of <paramref name="singleFactTypes"/> are one per
    /// session (<see cref="OneFactPerType"/>), and <paramref name="policy"/> may refuse a rule (it returns the problem).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not valid, or NRules cannot compile a rule.</exception>
    internal static (RuleSet? Rules, List<string> Problems) TryCompile(
        IEnumerable<FluentRule> rules, RuleSetOptions options, IReadOnlySet<Type> singleFactTypes, Func<IRuleDefinition, string?>? policy = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxFirings < 1)
        {
            throw new ArgumentException($"RuleSetOptions.MaxFirings is {options.MaxFirings}; it should be at least 1.", nameof(options));
        }

        var problems = new List<string>();
        var definitions = new List<IRuleDefinition>();
        var factory = new RuleDefinitionFactory();
        var index = 0;
        foreach (var rule in rules)
        {
            if (rule is null)
            {
                problems.Add($"rules[{index}] is null");
            }
            else
            {
                try
                {
                    definitions.Add(factory.Create(rule));
                }
                catch (RuleDefinitionException e)
                {
                    problems.Add($"the rule {rule.GetType().Name} cannot be defined: {(e.InnerException ?? e).Message}");
                }
            }

            index++;
        }

        var checkedRules = Check(definitions, problems);
        if (policy is not null)
        {
            problems.AddRange(definitions.Select(policy).OfType<string>());
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var ordered = checkedRules.OrderByDescending(r => r.Metadata.Priority).ToImmutableArray();
        var compiler = new RuleCompiler();
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            // Interpreted first, compiled once run often: a rule set is ready several times sooner (see TieredExpressionCompiler).
            compiler.ExpressionCompiler = TieredExpressionCompiler.Instance;
        }

        if (singleFactTypes.Count > 0)
        {
            compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = new OneFactPerType(singleFactTypes);
        }

        ISessionFactory sessionFactory;
        try
        {
            sessionFactory = compiler.Compile(ordered.Select(r => r.Definition));
        }
        catch (RuleCompilationException e)
        {
            throw new ArgumentException($"The rule '{e.RuleName}' cannot be compiled by NRules: {(e.InnerException ?? e).Message}", nameof(rules), e);
        }

        return (new RuleSet(sessionFactory, [.. ordered.Select(r => r.Definition)], [.. ordered.Select(r => r.Metadata)], options), problems);
    }

    /// <summary>Gets a rule's metadata by name.</summary>
    /// <param name="name">The rule's name.</param>
    /// <returns>The metadata, or <see langword="null"/> if there is no such rule.</returns>
    public RuleMetadata? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.GetValueOrDefault(name);
    }

    /// <summary>
    /// Creates an NRules session of these rules, for what the library's own evaluation does not cover (it is the
    /// caller's: the library never sees it). A session is cheap and not thread-safe: one per evaluation.
    /// </summary>
    /// <returns>A new session.</returns>
    public ISession CreateSession() => _factory.CreateSession();

    /// <summary>Inserts facts into a new session, fires the rules (within <see cref="RuleSetOptions.MaxFirings"/>) and, when asked, explains what happened.</summary>
    /// <param name="facts">The facts (inserted together, in one batch).</param>
    /// <param name="explain">Whether to explain the evaluation (<see cref="RuleSetEvaluation.Trace"/>): it subscribes the session's events and evaluates conditions again, so it costs more.</param>
    /// <param name="dependencies">What the rules' NRules dependencies (<c>Dependency().Resolve(...)</c>) resolve to in this evaluation, if they have any.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">Two facts are the same fact (or two of a type the session holds one of).</exception>
    /// <exception cref="RuleEvaluationException">A rule's condition or action threw.</exception>
    /// <exception cref="RuleLoopException">More than <see cref="RuleSetOptions.MaxFirings"/> firings.</exception>
    public RuleSetEvaluation Evaluate(IEnumerable<object> facts, bool explain = false, IDependencyResolver? dependencies = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var session = _factory.CreateSession();
        if (dependencies is not null)
        {
            session.DependencyResolver = dependencies;
        }

        return RuleSetEvaluation.Run(this, session, facts, explain);
    }

    /// <summary>Gets the metadata of a rule definition of this set.</summary>
    internal RuleMetadata MetadataOf(IRuleDefinition definition) =>
        _metadata.TryGetValue(definition, out var metadata) ? metadata : throw new InvalidOperationException($"The rule '{definition.Name}' is not in this rule set.");

    /// <summary>Gets a condition as a delegate, compiled once (explaining evaluates conditions the session evaluated).</summary>
    internal Delegate CompiledCondition(LambdaExpression condition) => _compiledConditions.GetOrAdd(condition, c => c.Compile());

    /// <summary>Finds the rules and condition an NRules condition error (whose text is NRules's own rendering) belongs to.</summary>
    internal (string Rules, string Condition)? FindCondition(string expressionText)
    {
        var rules = new List<string>();
        string? condition = null;
        foreach (var definition in Definitions)
        {
            foreach (var lambda in ConditionsOf(definition.LeftHandSide))
            {
                if (lambda.ToString() == expressionText)
                {
                    rules.Add(definition.Name);
                    condition ??= ConditionText.Of(lambda);
                }
            }
        }

        return condition is null ? null : (string.Join("', '", rules.Distinct()), condition);
    }

    private static IEnumerable<LambdaExpression> ConditionsOf(RuleElement element) => element switch
    {
        GroupElement group => group.ChildElements.SelectMany(ConditionsOf),
        PatternElement pattern => pattern.Expressions.Select(e => e.Expression).Concat(pattern.Source is null ? [] : ConditionsOf(pattern.Source)),
        NotElement not => ConditionsOf(not.Source),
        ExistsElement exists => ConditionsOf(exists.Source),
        AggregateElement aggregate => aggregate.Expressions.Select(e => e.Expression).Concat(ConditionsOf(aggregate.Source)),
        ForAllElement forAll => forAll.Patterns.SelectMany(ConditionsOf).Concat(ConditionsOf(forAll.BasePattern)),
        ExpressionElement expression => [expression.Expression],
        _ => [],
    };

    private static List<(IRuleDefinition Definition, RuleMetadata Metadata)> Check(List<IRuleDefinition> definitions, List<string> problems)
    {
        var result = new List<(IRuleDefinition, RuleMetadata)>(definitions.Count);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var priorities = new Dictionary<int, string>();
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            if (names.TryGetValue(name, out var count))
            {
                if (count == 1)
                {
                    problems.Add($"more than one rule is named '{name}': give each rule a name of its own ([Name(\"...\")])");
                }

                names[name] = count + 1;
                continue;
            }

            names[name] = 1;
            if (!definition.TryGetStage(out var stage))
            {
                problems.Add($"the rule '{name}' should have exactly one stage tag: [Tag(RuleStages.Derive)], [Tag(RuleStages.Decide)] or [Tag(RuleStages.Compose)]");
                continue;
            }

            if (RuleStages.OfPriority(definition.Priority) != stage)
            {
                problems.Add($"the {RuleStages.TagOf(stage)} rule '{name}' has priority {definition.Priority}; {RuleStages.TagOf(stage)} rules have priorities {RuleStages.BandOf(stage)}");
            }

            if (priorities.TryGetValue(definition.Priority, out var other))
            {
                problems.Add($"the rules '{other}' and '{name}' share priority {definition.Priority}: give each rule a priority of its own (NRules fires equal priorities in the order their facts arrived)");
            }
            else
            {
                priorities[definition.Priority] = name;
            }

            var lhs = definition.LeftHandSide;
            var metadata = new RuleMetadata(name, definition.Description, stage, definition.Priority, definition.GetSource(), () => [.. Describe(lhs)]);
            result.Add((definition, metadata));
        }

        return result;
    }

    /// <summary>The conditions of a rule's left-hand side in words.</summary>
    private static IEnumerable<RuleCondition> Describe(GroupElement lhs)
    {
        foreach (var element in lhs.ChildElements)
        {
            yield return Describe(element);
        }
    }

    private static RuleCondition Describe(RuleElement element) => element switch
    {
        PatternElement { Source: AggregateElement aggregate } => new RuleCondition(ConditionKind.Query, aggregate.Source.ValueType, Tests(aggregate.Source)),
        PatternElement { Source: BindingElement calculation } pattern => new RuleCondition(
            ConditionKind.Query,
            pattern.ValueType,
            pattern.Expressions.Count == 0
                ? $"{pattern.Declaration.Name} = {ConditionText.Of(calculation.Expression)}"
                : $"{pattern.Declaration.Name} = {ConditionText.Of(calculation.Expression)} and {Tests(pattern)}"),
        PatternElement pattern when UnknownOf(pattern.ValueType) is { } unknown => new RuleCondition(ConditionKind.Unknown, unknown, Tests(pattern)),
        PatternElement pattern => new RuleCondition(ConditionKind.Match, pattern.ValueType, Tests(pattern)),
        NotElement { Source: PatternElement pattern } => new RuleCondition(ConditionKind.Not, pattern.ValueType, Tests(pattern)),
        ExistsElement { Source: PatternElement pattern } => new RuleCondition(ConditionKind.Exists, pattern.ValueType, Tests(pattern)),
        _ => new RuleCondition(ConditionKind.Match, typeof(object), $"{element.ElementType} group"),
    };

    private static string Tests(PatternElement pattern) => string.Join(" and ", pattern.Expressions.Select(e => ConditionText.Of(e.Expression)));

    /// <summary>Gets <c>T</c> when <paramref name="type"/> is <see cref="Unknown{T}"/>.</summary>
    internal static Type? UnknownOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Unknown<>) ? type.GetGenericArguments()[0] : null;
}
