using System.Diagnostics.CodeAnalysis;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using FluentRule = NRules.Fluent.Dsl.Rule;

namespace ExerciseRules.Testing;

/// <summary>
/// Runs NRules rules on the facts a test inserts and checks what fired, in the spirit of NRules.Testing: any NRules
/// fluent-DSL rules (the press-up protocol's, or a host's own), compiled into a <see cref="Engine.RuleSet"/>, an
/// explained evaluation of the facts. Insert facts, <see cref="Fire"/>, then assert with <see cref="Should"/>: a
/// named rule fired once, exactly N times or never, fired with given facts, and the order in which rules fired.
/// Failure messages print the explanation. A fixture is mutable by design and belongs to one test.
/// </summary>
/// <example>
/// <code>
/// [Name("big-order"), Tag(RuleStages.Derive), Priority(300)]
/// public sealed class BigOrderRule : Rule
/// {
///     public override void Define()
///     {
///         Order order = null!;
///         When().Match(() =&gt; order, o =&gt; o.Total &gt; 100);
///         Then().Do(ctx =&gt; ctx.Insert(new Discount(0.1m)));
///     }
/// }
///
/// var fixture = new RuleFixture(new BigOrderRule(), new DiscountNoteRule());
/// fixture.Insert(new Order(150)).Fire();
/// fixture.Should().HaveFiredOnce("big-order")
///     .And.HaveFiredWith("discount-note", new Discount(0.1m))
///     .And.HaveFiredInOrder("big-order", "discount-note");
/// </code>
/// </example>
public sealed class RuleFixture
{
    private readonly List<object> _facts = [];
    private RuleSetEvaluation? _evaluation;
    private ComposedMessages? _messages;

    /// <summary>Creates a fixture for a compiled rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public RuleFixture(RuleSet ruleSet)
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
    }

    /// <summary>Creates a fixture for NRules rules, compiling them with the default settings.</summary>
    /// <param name="rules">The rule instances.</param>
    /// <exception cref="ArgumentException">The rules cannot run together (e.g. two share a name or a priority, or one has no stage tag); the message lists every problem.</exception>
    public RuleFixture(params FluentRule[] rules)
        : this(RuleSet.Compile(rules))
    {
    }

    /// <summary>Gets the rule set under test.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the protocol options of a fixture made by <see cref="ForProtocol"/>, or <see langword="null"/>.</summary>
    public ProtocolOptions? ProtocolOptions { get; private init; }

    /// <summary>Gets the message codes the compose rules added, after <see cref="InsertHistory"/> and <see cref="Fire"/>; <see langword="null"/> before.</summary>
    public ComposedMessages? Messages => _messages;

    /// <summary>Gets the evaluation of the last <see cref="Fire"/>: the facts the working memory held afterwards, the rules that fired.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Fire"/> has not been called since the fixture was made or reset.</exception>
    public RuleSetEvaluation Evaluation => _evaluation ?? throw new InvalidOperationException("Call Fire() before reading the evaluation, the trace or asserting on what fired.");

    /// <summary>Gets the trace of the last <see cref="Fire"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Fire"/> has not been called since the fixture was made or reset.</exception>
    public EvaluationTrace Trace => Evaluation.Trace!;

    /// <summary>Creates a fixture for the press-up protocol's rules.</summary>
    /// <param name="options">The protocol options; <see langword="null"/> for <see cref="Model.ProtocolOptions.Default"/>.</param>
    /// <returns>The fixture.</returns>
    /// <exception cref="Validation.InvalidProtocolOptionsException">The options are not valid.</exception>
    public static RuleFixture ForProtocol(ProtocolOptions? options = null)
    {
        var inForce = options ?? Model.ProtocolOptions.Default;
        return new RuleFixture(PressUpProtocol.Compile(inForce)) { ProtocolOptions = inForce };
    }

    /// <summary>Inserts a fact for the next <see cref="Fire"/>.</summary>
    /// <typeparam name="T">The fact type the rules match.</typeparam>
    /// <param name="fact">The fact.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public RuleFixture Insert<T>(T fact)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(fact);
        _facts.Add(fact);
        return this;
    }

    /// <summary>Inserts an <see cref="Unknown{T}"/>: the fact of the type cannot be known, so rules that need it do not fire.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="reason">Why it is unknown, as the trace will say.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null or blank.</exception>
    public RuleFixture InsertUnknown<T>(string reason)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("The reason a fact is unknown should say why, in words the trace can show.", nameof(reason));
        }

        return Insert(new Unknown<T>(reason));
    }

    /// <summary>
    /// Inserts the input facts the press-up protocol measures from a history (episode, red flags, latest session,
    /// finished sets), and gives the compose rules a collector of message codes (<see cref="Messages"/>), as the
    /// advisor does. The history should be valid.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>This fixture.</returns>
    public RuleFixture InsertHistory(History history, DateTimeOffset now)
    {
        _facts.AddRange(EpisodeMeasurement.Of(history, now, ProtocolOptions ?? Model.ProtocolOptions.Default).ToFacts());
        _messages = new ComposedMessages();
        return this;
    }

    /// <summary>Evaluates every fact inserted so far in a new NRules session, explained.</summary>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException">Two inserted facts are the same fact (e.g. two of a protocol fact type).</exception>
    /// <exception cref="RuleEvaluationException">A rule's condition or action threw.</exception>
    /// <exception cref="RuleLoopException">The rules fired more often than the rule set allows.</exception>
    public RuleFixture Fire()
    {
        _evaluation = RuleSet.Evaluate(_facts, explain: true, _messages is null ? null : PressUpProtocol.Dependencies(_messages));
        return this;
    }

    /// <summary>Gets a fact the working memory holds after the last <see cref="Fire"/> (e.g. one a rule derived), or an inserted one before it.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The fact.</returns>
    /// <exception cref="InvalidOperationException">There is no fact of the type.</exception>
    public T Get<T>()
        where T : class => TryGet<T>(out var fact)
            ? fact
            : throw new InvalidOperationException($"There is no {typeof(T).Name} fact ({GetState<T>().ToString().ToLowerInvariant()}).");

    /// <summary>Gets a fact, if there is one (after the last <see cref="Fire"/>, else among those inserted).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="fact">The fact, when there is one.</param>
    /// <returns><see langword="true"/> if there is one.</returns>
    public bool TryGet<T>([MaybeNullWhen(false)] out T fact)
        where T : class
    {
        fact = Facts.OfType<T>().FirstOrDefault();
        return fact is not null;
    }

    /// <summary>Gets whether the fact of a type is known, unknown or absent (after the last <see cref="Fire"/>, else among those inserted).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The state.</returns>
    public FactState GetState<T>()
        where T : class =>
        Facts.OfType<T>().Any() ? FactState.Known : Facts.OfType<Unknown<T>>().Any() ? FactState.Unknown : FactState.Absent;

    /// <summary>Removes every fact and the last evaluation, to start again.</summary>
    /// <returns>This fixture.</returns>
    public RuleFixture Reset()
    {
        _facts.Clear();
        _evaluation = null;
        _messages = null;
        return this;
    }

    /// <summary>Starts assertions on the trace of the last <see cref="Fire"/>.</summary>
    /// <returns>The assertions.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Fire"/> has not been called.</exception>
    public EvaluationTraceAssertions Should() => new(Trace);

    private IReadOnlyList<object> Facts => _evaluation?.Facts ?? _facts;
}
