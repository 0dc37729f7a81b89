using System.Diagnostics.CodeAnalysis;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Testing;

/// <summary>
/// Runs a rule set on the facts a test inserts and checks what fired, in the spirit of NRules.Testing: any
/// <see cref="RuleSet"/> (the press-up protocol's, or a host's own rules), one session, a trace of every
/// evaluation. Insert facts, <see cref="Fire"/>, then assert with <see cref="Should"/>: a named rule fired once,
/// exactly N times or never, fired with given facts, and the order in which rules fired. Failure messages print
/// the trace. A fixture is mutable by design and belongs to one test.
/// </summary>
/// <example>
/// <code>
/// var fixture = new RuleFixture(
///     Rule.Define("big-order").When&lt;Order&gt;(o =&gt; o.Total &gt; 100).Then((ctx, o) =&gt; ctx.Insert(new Discount(0.1m))),
///     Rule.Define("discount-note").InStage(RuleStage.Compose).When&lt;Discount&gt;().Then((ctx, d) =&gt; { }));
///
/// fixture.Insert(new Order(150)).Fire();
///
/// fixture.Should().HaveFiredOnce("big-order")
///     .And.HaveFiredWith("discount-note", new Discount(0.1m))
///     .And.HaveFiredInOrder("big-order", "discount-note");
/// </code>
/// </example>
public sealed class RuleFixture
{
    private EvaluationTrace? _trace;

    /// <summary>Creates a fixture for a compiled rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    public RuleFixture(RuleSet ruleSet)
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        Session = RuleSet.CreateSession();
    }

    /// <summary>Creates a fixture for rules, compiling them with the default settings.</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentException">The rules are not valid together (e.g. two share a name).</exception>
    public RuleFixture(params Rule[] rules)
        : this(RuleSet.Compile(rules))
    {
    }

    /// <summary>Gets the rule set under test.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the session the facts go into; use it for what the fixture does not cover.</summary>
    public RuleSession Session { get; }

    /// <summary>Gets the protocol options of a fixture made by <see cref="ForProtocol"/>, or <see langword="null"/>.</summary>
    public ProtocolOptions? ProtocolOptions { get; private init; }

    /// <summary>Gets the trace of the last <see cref="Fire"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Fire"/> has not been called since the fixture was made or reset.</exception>
    public EvaluationTrace Trace => _trace ?? throw new InvalidOperationException("Call Fire() before reading the trace or asserting on what fired.");

    /// <summary>Creates a fixture for the press-up protocol's rules.</summary>
    /// <param name="options">The protocol options; <see langword="null"/> for <see cref="Model.ProtocolOptions.Default"/>.</param>
    /// <returns>The fixture.</returns>
    /// <exception cref="Validation.InvalidProtocolOptionsException">The options are not valid.</exception>
    public static RuleFixture ForProtocol(ProtocolOptions? options = null)
    {
        var inForce = options ?? Model.ProtocolOptions.Default;
        return new RuleFixture(PressUpProtocol.Compile(inForce)) { ProtocolOptions = inForce };
    }

    /// <summary>Inserts a fact (one per type, as the session holds).</summary>
    /// <typeparam name="T">The fact type the rules match.</typeparam>
    /// <param name="fact">The fact.</param>
    /// <returns>This fixture.</returns>
    public RuleFixture Insert<T>(T fact)
        where T : class
    {
        Session.Insert(fact);
        return this;
    }

    /// <summary>Records that the fact of a type is unknown, so rules that need it do not fire.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="reason">Why it is unknown, as the trace will say.</param>
    /// <returns>This fixture.</returns>
    public RuleFixture InsertUnknown<T>(string reason)
        where T : class
    {
        Session.InsertUnknown<T>(reason);
        return this;
    }

    /// <summary>
    /// Inserts the input facts the press-up protocol measures from a history (episode, red flags, latest session,
    /// finished sets) and the collector of message codes, as the advisor does. The history should be valid.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>This fixture.</returns>
    public RuleFixture InsertHistory(History history, DateTimeOffset now)
    {
        EpisodeMeasurement.Of(history, now, ProtocolOptions ?? Model.ProtocolOptions.Default).InsertInto(Session);
        Session.Insert(new ComposedMessages());
        return this;
    }

    /// <summary>Fires the rules and records the trace.</summary>
    /// <returns>This fixture.</returns>
    public RuleFixture Fire()
    {
        Session.Fire(trace: true);
        _trace = Session.Trace;
        return this;
    }

    /// <summary>Gets a known fact after firing, e.g. the fact a rule derived.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The fact.</returns>
    /// <exception cref="InvalidOperationException">The fact is absent or unknown.</exception>
    public T Get<T>()
        where T : class => Session.Get<T>();

    /// <summary>Gets a known fact, if there is one.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="fact">The fact, when known.</param>
    /// <returns><see langword="true"/> if it is known.</returns>
    public bool TryGet<T>([MaybeNullWhen(false)] out T fact)
        where T : class => Session.TryGet(out fact);

    /// <summary>Removes every fact and the trace, to start again.</summary>
    /// <returns>This fixture.</returns>
    public RuleFixture Reset()
    {
        Session.Reset();
        _trace = null;
        return this;
    }

    /// <summary>Starts assertions on the trace of the last <see cref="Fire"/>.</summary>
    /// <returns>The assertions.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Fire"/> has not been called.</exception>
    public EvaluationTraceAssertions Should() => new(Trace);
}
