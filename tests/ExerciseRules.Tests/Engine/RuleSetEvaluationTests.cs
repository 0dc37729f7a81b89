using System.Collections.Concurrent;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using NRules.Extensibility;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleSetEvaluationTests
{
    private static readonly RuleSet Traffic = RuleSet.Compile([new GoRule(), new StopRule(), new LogRule(), new WaitRule(), new UnknownLightRule()]);

    [Fact]
    public void Evaluate_Facts_FiresByPriorityWithForwardChaining()
    {
        var evaluation = Traffic.Evaluate([new Light("red")]);

        evaluation.FiredRules.Select(r => r.Name).Should().Equal("stop", "log");
        evaluation.FiredCount.Should().Be(2);
        evaluation.FiredRule(1).Name.Should().Be("log");
        evaluation.Find<Signal>().Should().Be(new Signal("stop"));
        evaluation.Facts.Should().BeEquivalentTo(new object[] { new Light("red"), new Signal("stop") });
        evaluation.Trace.Should().BeNull("only an explained evaluation has a trace");
    }

    [Fact]
    public void Evaluate_NoFactOfAType_ThatRuleDoesNotFire()
    {
        var evaluation = Traffic.Evaluate([]);

        evaluation.Find<Signal>().Should().Be(new Signal("wait"));
        evaluation.GetState<Light>().Should().Be(FactState.Absent);
    }

    [Fact]
    public void Evaluate_UnknownFact_IsNeitherTheFactNorItsAbsence()
    {
        var evaluation = Traffic.Evaluate([new Unknown<Light>("the sensor is broken")]);

        evaluation.FiredRules.Select(r => r.Name).Should().Equal("unknown-light", "log");
        evaluation.Find<Signal>().Should().Be(new Signal("caution"), "Absent<Light>() (wait) must not read the unknown light as no light");
        evaluation.GetState<Light>().Should().Be(FactState.Unknown);
        evaluation.GetUnknownReason<Light>().Should().Be("the sensor is broken");
        evaluation.GetUnknownReason<Signal>().Should().BeNull();
    }

    [Fact]
    public void Evaluate_RuleThatKeepsFiring_StopsWithALoopError()
    {
        var rules = RuleSet.Compile([new CountForeverRule()], new RuleSetOptions { MaxFirings = 25 });

        var act = () => rules.Evaluate([new Counter()]);

        act.Should().Throw<RuleLoopException>().WithMessage(
            "Rule evaluation stopped after 25 firings; rule 'count-forever' fired 26 times. A rule that updates or re-inserts a fact it matches fires again each time: "
            + "give it a condition that becomes false after its action, or raise RuleSetOptions.MaxFirings if that many firings are expected.")
            .Which.Should().Match<RuleLoopException>(e => e.MaxFirings == 25 && e.RuleName == "count-forever" && e.RuleFirings == 26);
    }

    [Fact]
    public void Evaluate_ActionThatThrows_NamesTheRule()
    {
        var rules = RuleSet.Compile([new ThrowingActionRule()]);

        var act = () => rules.Evaluate([new Light("blue")]);

        act.Should().Throw<RuleEvaluationException>()
            .WithMessage("The action of rule 'throwing-action' threw InvalidOperationException: no rule for blue. This is a fault in the rule, not in the facts.")
            .Which.Should().Match<RuleEvaluationException>(e => e.RuleName == "throwing-action" && e.InnerException is InvalidOperationException);
    }

    [Fact]
    public void Evaluate_ConditionThatThrows_NamesTheRuleAndTheCondition()
    {
        var rules = RuleSet.Compile([new ThrowingConditionRule()]);

        var act = () => rules.Evaluate([new Light("blue")]);

        act.Should().Throw<RuleEvaluationException>().WithMessage(
            "A condition of rule 'throwing-condition' threw DivideByZeroException while it was tested: Light.Colour.Length / (Light.Colour.Length - 4) > 0: Attempted to divide by zero. "
            + "This is a fault in the rule, not in the facts: make the condition safe for every fact it can see.")
            .Which.RuleName.Should().Be("throwing-condition");
    }

    [Fact]
    public void Evaluate_SecondFactOfAProtocolType_FailsNamingTheRule()
    {
        var advisor = new Advisor(new AdvisorSettings { AdditionalRules = [new SecondDecisionRule()] });

        var act = () => advisor.Advise(new History(), DateTimeOffset.UnixEpoch);

        act.Should().Throw<RuleEvaluationException>().WithMessage(
            "The action of rule 'host-second-decision' threw ArgumentException: Facts for insert already exist (Parameter 'facts') (it inserted a fact the session already holds; "
            + "the protocol's facts are one of each type, so a rule that inserts one should require that there is none yet, e.g. .Not<Decision>()). This is a fault in the rule, not in the facts.");
    }

    [Fact]
    public void Evaluate_Dependencies_AreGivenToTheRulesActions()
    {
        var messages = new ComposedMessages();
        var rules = PressUpProtocol.Compile();

        var evaluation = rules.Evaluate(EpisodeMeasurement.Of(new History(), DateTimeOffset.UnixEpoch, ProtocolOptions.Default).ToFacts(), dependencies: PressUpProtocol.Dependencies(messages));

        evaluation.Find<Decision>()!.Step.Should().Be(AdviceStep.StartSet);
        messages.Codes.Should().Equal("startSet", MessageCodes.ReportSymptoms, MessageCodes.NotMedicalAdvice);
    }

    [Fact]
    public void Evaluate_ProtocolWithoutItsDependencies_SaysWhatIsMissing()
    {
        var rules = PressUpProtocol.Compile();

        var act = () => rules.Evaluate(EpisodeMeasurement.Of(new History(), DateTimeOffset.UnixEpoch, ProtocolOptions.Default).ToFacts());

        act.Should().Throw<RuleEvaluationException>().WithMessage("The action of rule 'step-message' threw InvalidOperationException: Dependency resolver not provided*")
            .Which.RuleName.Should().Be(RuleNames.StepMessage);
    }

    [Fact]
    public void Dependencies_OtherThanTheMessages_AreRefusedWithWhatToDo()
    {
        var resolver = PressUpProtocol.Dependencies(new ComposedMessages());

        var act = () => resolver.Resolve(new Resolution(), typeof(TimeProvider));

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The rule 'clinic-rule' depends on TimeProvider, which ExerciseRules does not provide: a rule may depend only on ComposedMessages (to add message codes). Pass what else it needs to the rule's constructor.");
    }

    [Fact]
    public void Evaluate_ManyThreads_GiveWhatOneThreadGives()
    {
        var colours = Enumerable.Range(0, 2_000).Select(i => (i % 3) switch { 0 => "red", 1 => "green", _ => "amber" }).ToArray();
        var sequential = colours.Select(c => Traffic.Evaluate([new Light(c)]).Find<Signal>()).ToArray();
        var parallel = new ConcurrentDictionary<int, Signal?>();

        Parallel.For(0, colours.Length, i => parallel[i] = Traffic.Evaluate([new Light(colours[i])]).Find<Signal>());

        Enumerable.Range(0, colours.Length).Select(i => parallel[i]).Should().Equal(sequential);
    }

    [Fact]
    public void Evaluate_NullFacts_Throws()
    {
        var act = () => Traffic.Evaluate(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("facts");
    }

    [Fact]
    public void CreateSession_GivesTheCallerASessionOfTheseRules()
    {
        var session = Traffic.CreateSession();

        session.Insert(new Light("green"));
        session.Fire(TestContext.Current.CancellationToken).Should().Be(2);
    }

    private sealed class Resolution : IResolutionContext
    {
        public NRules.ISession Session => throw new NotSupportedException();

        public NRules.RuleModel.IRuleDefinition Rule { get; } = new NRules.Fluent.RuleDefinitionFactory().Create(new ClinicNamedRule());
    }

    [Fact]
    public void Evaluate_KnownFact_IsKnown()
    {
        var evaluation = Traffic.Evaluate([new Light("red")]);

        evaluation.GetState<Light>().Should().Be(FactState.Known);
        evaluation.GetUnknownReason<Light>().Should().BeNull();
    }

    [Fact]
    public void Evaluate_CalculationThatThrows_NamesTheRuleAndTheCalculation()
    {
        var rules = RuleSet.Compile([new ThrowingCalculationRule()]);
        rules.Find("throwing-calculation")!.Conditions[1].Should().Be(new RuleCondition(ConditionKind.Query, typeof(int), "ratio = 10 / (Light.Colour.Length - 4)"));

        var act = () => rules.Evaluate([new Light("blue")]);

        act.Should().Throw<RuleEvaluationException>().WithMessage(
            "A condition of rule 'throwing-calculation' threw DivideByZeroException while it was tested: 10 / (Light.Colour.Length - 4): Attempted to divide by zero. "
            + "This is a fault in the rule, not in the facts: make the condition safe for every fact it can see.");
    }

    [Fact]
    public void Evaluate_ActionInsertingAFactAConditionThrowsOn_BlamesTheCondition()
    {
        var rules = RuleSet.Compile([new TurnBlueRule(), new ThrowingConditionRule()]);

        var act = () => rules.Evaluate([new Signal("paint")]);

        act.Should().Throw<RuleEvaluationException>().WithMessage("A condition of rule 'throwing-condition' threw DivideByZeroException while it was tested: *")
            .Which.RuleName.Should().Be("throwing-condition");
    }

    [Fact]
    public void Evaluate_ActionThrowingAnArgumentException_HasNoHintAboutDuplicateFacts()
    {
        var rules = RuleSet.Compile([new BadArgumentRule()]);

        var act = () => rules.Evaluate([new Light("grey")]);

        act.Should().Throw<RuleEvaluationException>().WithMessage(
            "The action of rule 'bad-argument' threw ArgumentException: grey is not a colour. This is a fault in the rule, not in the facts.");
    }

    [Fact]
    public void Evaluate_ActionWhoseOwnEvaluationLoops_PassesTheLoopErrorOnUnwrapped()
    {
        var rules = RuleSet.Compile([new NestedLoopRule()]);

        var act = () => rules.Evaluate([new Light("loop")]);

        act.Should().ThrowExactly<RuleLoopException>().Which.RuleName.Should().Be("count-forever");
    }

    [Theory]
    [InlineData(4, "zig", 3)]
    [InlineData(5, "zag", 3)]
    public void Evaluate_TwoRulesLooping_BlamesTheOneThatFiredMostThenTheFirstByName(int maxFirings, string blamed, int firings)
    {
        // zig fires on an even count, zag on an odd one: zig, zag, zig, ... (on a tie, the first name in order).
        var rules = RuleSet.Compile([new ZigRule(), new ZagRule()], new RuleSetOptions { MaxFirings = maxFirings });

        var act = () => rules.Evaluate([new Counter()]);

        act.Should().Throw<RuleLoopException>().Which.Should().Match<RuleLoopException>(e => e.RuleName == blamed && e.RuleFirings == firings);
    }
}

[NRules.Fluent.Dsl.Name("host-second-decision"), NRules.Fluent.Dsl.Tag(RuleStages.Decide), NRules.Fluent.Dsl.Priority(2)]
public sealed class SecondDecisionRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        When().Match<Decision>(d => d.Step == AdviceStep.StartSet);
        Then().Do(ctx => ctx.Insert(new Decision(AdviceStep.NextSession)));
    }
}

[NRules.Fluent.Dsl.Name("clinic-rule"), NRules.Fluent.Dsl.Tag(RuleStages.Compose), NRules.Fluent.Dsl.Priority(-1)]
public sealed class ClinicNamedRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        When().Match<Light>();
        Then().Do(ctx => ctx.Insert(new Signal("clinic")));
    }
}
