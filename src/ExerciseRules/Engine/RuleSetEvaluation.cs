using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.RuleModel;

namespace ExerciseRules.Engine;

/// <summary>
/// One evaluation of a <see cref="RuleSet"/>: the facts inserted into an NRules session of its own, the rules fired
/// (within <see cref="RuleSetOptions.MaxFirings"/>), and what the working memory held afterwards. The rules that
/// fired are recorded by the session's action interceptor, without any event subscription; only an explained
/// evaluation subscribes the session's fact events (to know which rule inserted which fact) and builds the
/// <see cref="Trace"/>. Created by <see cref="RuleSet.Evaluate"/>; what it found is read from a copy of the working
/// memory taken when the rules stopped.
/// </summary>
public sealed class RuleSetEvaluation
{
    private readonly RuleSet _rules;
    private readonly List<(IRuleDefinition Rule, IMatch Match)> _fired = [];
    private readonly Dictionary<object, string>? _insertedBy;
    private IRuleDefinition? _firing;
    private IReadOnlyList<object> _facts = [];

    private RuleSetEvaluation(RuleSet rules, bool explain)
    {
        _rules = rules;
        _insertedBy = explain ? new Dictionary<object, string>(ReferenceEqualityComparer.Instance) : null;
    }

    /// <summary>Gets the explanation, when it was asked for; otherwise <see langword="null"/>.</summary>
    public EvaluationTrace? Trace { get; private set; }

    /// <summary>Gets how many rules fired.</summary>
    public int FiredCount => _fired.Count;

    /// <summary>Gets the rules that fired, in the order they fired (a rule that fired twice is there twice).</summary>
    public IEnumerable<RuleMetadata> FiredRules => _fired.Select(f => _rules.MetadataOf(f.Rule));

    /// <summary>Gets every fact the working memory held after the evaluation: those given and those the rules inserted.</summary>
    public IReadOnlyList<object> Facts => _facts;

    /// <summary>Gets the firings as the session made them.</summary>
    internal IReadOnlyList<(IRuleDefinition Rule, IMatch Match)> Firings => _fired;

    /// <summary>Gets which rule inserted each fact (only when explaining).</summary>
    internal IReadOnlyDictionary<object, string> InsertedBy => _insertedBy ?? [];

    /// <summary>Gets the metadata of the rule that fired <paramref name="index"/>-th.</summary>
    /// <param name="index">The 0-based position of the firing.</param>
    /// <returns>The rule's metadata.</returns>
    public RuleMetadata FiredRule(int index) => _rules.MetadataOf(_fired[index].Rule);

    /// <summary>Gets the first fact of a type the working memory holds.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The fact, or <see langword="null"/> if there is none.</returns>
    public T? Find<T>()
        where T : class
    {
        foreach (var fact in _facts)
        {
            if (fact is T typed)
            {
                return typed;
            }
        }

        return null;
    }

    /// <summary>Gets what the working memory says about the fact of a type: known, unknown (an <see cref="Unknown{T}"/>) or absent.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The state.</returns>
    public FactState GetState<T>()
        where T : class =>
        Find<T>() is not null ? FactState.Known : Find<Unknown<T>>() is not null ? FactState.Unknown : FactState.Absent;

    /// <summary>Gets why the fact of a type is unknown.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The reason, or <see langword="null"/> if it is not unknown.</returns>
    public string? GetUnknownReason<T>()
        where T : class => Find<Unknown<T>>()?.Reason;

    internal static RuleSetEvaluation Run(RuleSet rules, ISession session, IEnumerable<object> facts, bool explain)
    {
        // The session is this evaluation's alone and dropped after it, so nothing is unsubscribed or reset.
        var evaluation = new RuleSetEvaluation(rules, explain);
        session.ActionInterceptor = new Interceptor(evaluation);
        if (explain)
        {
            session.Events.FactInsertedEvent += evaluation.OnFactInserted;
        }

        evaluation.Execute(session, facts);
        if (explain)
        {
            evaluation.Trace = Explainer.Explain(rules, evaluation);
        }

        return evaluation;
    }

    private void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
    {
        _fired.Add((context.Rule, context.Match));
        _firing = context.Rule;
        try
        {
            foreach (var action in actions)
            {
                action.Invoke();
            }
        }
        catch (RuleLhsExpressionEvaluationException e)
        {
            // The action inserted a fact, and a condition (of any rule) threw on it: that condition is at fault.
            throw ConditionFailed(e);
        }
        catch (Exception e) when (e is not RuleEvaluationException and not RuleLoopException)
        {
            var hint = e is ArgumentException && e.Message.Contains("already exist", StringComparison.Ordinal)
                ? " (it inserted a fact the session already holds; the protocol's facts are one of each type, so a rule that inserts one should require that there is none yet, e.g. .Not<Decision>())"
                : string.Empty;
            throw new RuleEvaluationException(
                context.Rule.Name, $"The action of rule '{context.Rule.Name}' threw {e.GetType().Name}: {e.Message.TrimEnd('.')}{hint}. This is a fault in the rule, not in the facts.", e);
        }
        finally
        {
            _firing = null;
        }
    }

    private void Execute(ISession session, IEnumerable<object> facts)
    {
        var max = _rules.Options.MaxFirings;
        try
        {
            session.InsertAll(facts);
            session.Fire(max + 1);
            _facts = [.. (IEnumerable<object>)session.Query<object>()];
        }
        catch (RuleLhsExpressionEvaluationException e)
        {
            throw ConditionFailed(e);
        }

        if (_fired.Count > max)
        {
            var most = _fired.GroupBy(f => f.Rule.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            throw new RuleLoopException(max, most.Key, most.Count());
        }
    }

    private RuleEvaluationException ConditionFailed(RuleLhsExpressionEvaluationException e)
    {
        var inner = e.InnerException ?? e;
        var found = _rules.FindCondition(e.Expression);
        var (rules, condition) = found ?? ("(unknown)", "a condition");
        return new RuleEvaluationException(
            rules, $"A condition of rule '{rules}' threw {inner.GetType().Name} while it was tested: {condition}: {inner.Message.TrimEnd('.')}. This is a fault in the rule, not in the facts: make the condition safe for every fact it can see.", inner);
    }

    private void OnFactInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (_firing is not null && e.Fact.Value is { } fact)
        {
            _insertedBy![fact] = _firing.Name;
        }
    }

    /// <summary>Records each firing and turns an action's exception into one that names the rule.</summary>
    private sealed class Interceptor(RuleSetEvaluation evaluation) : IActionInterceptor
    {
        public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions) => evaluation.Intercept(context, actions);
    }
}
