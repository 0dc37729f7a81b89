using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ExerciseRules.Legacy;

/// <summary>What every rule builder shares: the rule's metadata and its conditions so far.</summary>
internal sealed class RuleDraft
{
    public RuleDraft(string name) => Name = name;

    public string Name { get; }

    public string Description { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public RuleStage Stage { get; set; } = RuleStage.Decide;

    public int Priority { get; set; }

    public List<Condition> Conditions { get; } = [];

    public void Add<T>(ConditionKind kind, Func<T, bool>? test, string? testText)
        where T : class =>
        Conditions.Add(new Condition<T>(kind, test, testText));

    public Rule Build(Delegate action, Action<RuleSession> invoke)
    {
        ArgumentNullException.ThrowIfNull(action);
        var problems = new List<string>();
        // The stages are 0 to StageCount - 1 (what Enum.IsDefined answered, without its reflection at start-up).
        if ((uint)Stage >= RuleSet.StageCount)
        {
            problems.Add($"the stage {(int)Stage} is not one of {string.Join(", ", Enum.GetNames<RuleStage>())}");
        }

        // Fact types matched more than once, in the order they are first matched.
        var matched = new List<Type>();
        var counts = new Dictionary<Type, int>();
        foreach (var c in Conditions)
        {
            if (c.Kind == ConditionKind.Match)
            {
                var type = c.Info.FactType;
                if (!counts.TryGetValue(type, out var count))
                {
                    matched.Add(type);
                }

                counts[type] = count + 1;
            }
        }

        foreach (var type in matched)
        {
            if (counts[type] > 1)
            {
                problems.Add($"it matches {type.Name} more than once, but a session holds one fact per type: test both things in one condition");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Rule '{Name}' is not valid: {string.Join("; ", problems)}.");
        }

        var metadata = new RuleMetadata(Name, Description, Stage, Priority, Source);
        return new Rule(metadata, [.. Conditions], invoke);
    }
}

/// <summary>
/// Builds a rule: first its metadata, then its conditions, then its action with <c>Then</c>. A builder is a
/// short-lived, mutable helper; the <see cref="Rule"/> it builds is immutable.
/// </summary>
internal sealed class RuleBuilder
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(string name) => _draft = new RuleDraft(name);

    /// <summary>Sets what the rule does, in a sentence.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Describe(string description)
    {
        _draft.Description = Preconditions.CheckNotNull(description);
        return this;
    }

    /// <summary>Sets the sentence of the source text (or the practice) the rule comes from.</summary>
    /// <param name="source">The source sentence.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder From(string source)
    {
        _draft.Source = Preconditions.CheckNotNull(source);
        return this;
    }

    /// <summary>Sets the stage the rule runs in (default <see cref="RuleStage.Decide"/>).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder InStage(RuleStage stage)
    {
        _draft.Stage = stage;
        return this;
    }

    /// <summary>Sets the priority within the stage: higher fires first (default 0).</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder WithPriority(int priority)
    {
        _draft.Priority = priority;
        return this;
    }

    /// <summary>Requires a known fact of type <typeparamref name="T"/> (that passes <paramref name="test"/>, if given) and passes it to the action.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="test">An optional test of the fact.</param>
    /// <param name="testText">Filled in by the compiler with the test's source text; leave it out.</param>
    /// <returns>A builder whose action receives the fact.</returns>
    public RuleBuilder<T> When<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Match, test, testText);
        return new RuleBuilder<T>(_draft);
    }

    /// <summary>Requires a known fact of type <typeparamref name="T"/> (that passes <paramref name="test"/>, if given), without passing it to the action.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="test">An optional test of the fact.</param>
    /// <param name="testText">Filled in by the compiler with the test's source text; leave it out.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Exists<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Exists, test, testText);
        return this;
    }

    /// <summary>Requires that no fact of type <typeparamref name="T"/> passes <paramref name="test"/> (or that there is none, without a test). An unknown fact does not satisfy it.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="test">An optional test of the fact.</param>
    /// <param name="testText">Filled in by the compiler with the test's source text; leave it out.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Not<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Not, test, testText);
        return this;
    }

    /// <summary>Requires that the fact of type <typeparamref name="T"/> is known to be unknown.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>This builder.</returns>
    public RuleBuilder Unknown<T>()
        where T : class
    {
        _draft.Add<T>(ConditionKind.Unknown, null, null);
        return this;
    }

    /// <summary>Sets the action and builds the rule.</summary>
    /// <param name="action">What the rule does when it fires.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="InvalidOperationException">The rule is not valid; the message lists every problem.</exception>
    public Rule Then(Action<IRuleContext> action) =>
        _draft.Build(action, session => action(session));
}

/// <summary>Builds a rule whose action receives one fact. See <see cref="RuleBuilder"/>.</summary>
/// <typeparam name="T1">The type of the first matched fact.</typeparam>
internal sealed class RuleBuilder<T1>
    where T1 : class
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <summary>Requires a second known fact, of type <typeparamref name="T2"/>, and passes it to the action.</summary>
    /// <typeparam name="T2">The fact type.</typeparam>
    /// <param name="test">An optional test of the fact.</param>
    /// <param name="testText">Filled in by the compiler with the test's source text; leave it out.</param>
    /// <returns>A builder whose action receives both facts.</returns>
    public RuleBuilder<T1, T2> And<T2>(Func<T2, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T2 : class
    {
        _draft.Add(ConditionKind.Match, test, testText);
        return new RuleBuilder<T1, T2>(_draft);
    }

    /// <inheritdoc cref="RuleBuilder.Exists{T}(Func{T, bool}?, string?)"/>
    public RuleBuilder<T1> Exists<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Exists, test, testText);
        return this;
    }

    /// <inheritdoc cref="RuleBuilder.Not{T}(Func{T, bool}?, string?)"/>
    public RuleBuilder<T1> Not<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Not, test, testText);
        return this;
    }

    /// <inheritdoc cref="RuleBuilder.Unknown{T}"/>
    public RuleBuilder<T1> Unknown<T>()
        where T : class
    {
        _draft.Add<T>(ConditionKind.Unknown, null, null);
        return this;
    }

    /// <summary>Sets the action and builds the rule.</summary>
    /// <param name="action">What the rule does when it fires, given the matched fact.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="InvalidOperationException">The rule is not valid; the message lists every problem.</exception>
    public Rule Then(Action<IRuleContext, T1> action)
    {
        var id1 = FactTypeId<T1>.Value;
        return _draft.Build(action, session => action(session, session.Bound<T1>(id1)));
    }
}

/// <summary>Builds a rule whose action receives two facts. See <see cref="RuleBuilder"/>.</summary>
/// <typeparam name="T1">The type of the first matched fact.</typeparam>
/// <typeparam name="T2">The type of the second matched fact.</typeparam>
internal sealed class RuleBuilder<T1, T2>
    where T1 : class
    where T2 : class
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <summary>Requires a third known fact, of type <typeparamref name="T3"/>, and passes it to the action.</summary>
    /// <typeparam name="T3">The fact type.</typeparam>
    /// <param name="test">An optional test of the fact.</param>
    /// <param name="testText">Filled in by the compiler with the test's source text; leave it out.</param>
    /// <returns>A builder whose action receives all three facts.</returns>
    public RuleBuilder<T1, T2, T3> And<T3>(Func<T3, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T3 : class
    {
        _draft.Add(ConditionKind.Match, test, testText);
        return new RuleBuilder<T1, T2, T3>(_draft);
    }

    /// <inheritdoc cref="RuleBuilder.Exists{T}(Func{T, bool}?, string?)"/>
    public RuleBuilder<T1, T2> Exists<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Exists, test, testText);
        return this;
    }

    /// <inheritdoc cref="RuleBuilder.Not{T}(Func{T, bool}?, string?)"/>
    public RuleBuilder<T1, T2> Not<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Not, test, testText);
        return this;
    }

    /// <inheritdoc cref="RuleBuilder.Unknown{T}"/>
    public RuleBuilder<T1, T2> Unknown<T>()
        where T : class
    {
        _draft.Add<T>(ConditionKind.Unknown, null, null);
        return this;
    }

    /// <summary>Sets the action and builds the rule.</summary>
    /// <param name="action">What the rule does when it fires, given the matched facts.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="InvalidOperationException">The rule is not valid; the message lists every problem.</exception>
    public Rule Then(Action<IRuleContext, T1, T2> action)
    {
        var (id1, id2) = (FactTypeId<T1>.Value, FactTypeId<T2>.Value);
        return _draft.Build(action, session => action(session, session.Bound<T1>(id1), session.Bound<T2>(id2)));
    }
}

/// <summary>Builds a rule whose action receives three facts. See <see cref="RuleBuilder"/>.</summary>
/// <typeparam name="T1">The type of the first matched fact.</typeparam>
/// <typeparam name="T2">The type of the second matched fact.</typeparam>
/// <typeparam name="T3">The type of the third matched fact.</typeparam>
internal sealed class RuleBuilder<T1, T2, T3>
    where T1 : class
    where T2 : class
    where T3 : class
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <inheritdoc cref="RuleBuilder.Exists{T}(Func{T, bool}?, string?)"/>
    public RuleBuilder<T1, T2, T3> Exists<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Exists, test, testText);
        return this;
    }

    /// <inheritdoc cref="RuleBuilder.Not{T}(Func{T, bool}?, string?)"/>
    public RuleBuilder<T1, T2, T3> Not<T>(Func<T, bool>? test = null, [CallerArgumentExpression(nameof(test))] string? testText = null)
        where T : class
    {
        _draft.Add(ConditionKind.Not, test, testText);
        return this;
    }

    /// <inheritdoc cref="RuleBuilder.Unknown{T}"/>
    public RuleBuilder<T1, T2, T3> Unknown<T>()
        where T : class
    {
        _draft.Add<T>(ConditionKind.Unknown, null, null);
        return this;
    }

    /// <summary>Sets the action and builds the rule.</summary>
    /// <param name="action">What the rule does when it fires, given the matched facts.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="InvalidOperationException">The rule is not valid; the message lists every problem.</exception>
    public Rule Then(Action<IRuleContext, T1, T2, T3> action)
    {
        var (id1, id2, id3) = (FactTypeId<T1>.Value, FactTypeId<T2>.Value, FactTypeId<T3>.Value);
        return _draft.Build(action, session => action(session, session.Bound<T1>(id1), session.Bound<T2>(id2), session.Bound<T3>(id3)));
    }
}
