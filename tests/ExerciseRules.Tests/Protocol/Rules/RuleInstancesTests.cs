using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Protocol.Rules;
using ExerciseRules.Validation;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;
using FluentRule = NRules.Fluent.Dsl.Rule;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>
/// The rule classes themselves: what each constructor refuses, and the protocol compiled from new instances (not
/// the advisor's cached rule set) deciding and composing as the advisor does — each rule's <c>Define</c> and its
/// message dependency at work.
/// </summary>
public sealed class RuleInstancesTests
{
    public static TheoryData<string, Func<ProtocolOptions, FluentRule>> RulesWithOptions => new()
    {
        { nameof(OpenSetRule), o => new OpenSetRule(o) },
        { nameof(ImprovementRule), o => new ImprovementRule(o) },
        { nameof(RegularityRule), o => new RegularityRule(o) },
        { nameof(ProgressionRule), o => new ProgressionRule(o) },
        { nameof(PainPersistsRule), o => new PainPersistsRule(o) },
        { nameof(NoImprovementOnReviewRule), o => new NoImprovementOnReviewRule(o) },
        { nameof(KeepsWorseningRule), o => new KeepsWorseningRule(o) },
        { nameof(SetDoneMaxRepsRule), o => new SetDoneMaxRepsRule(o) },
        { nameof(SetDoneRule), o => new SetDoneRule(o) },
        { nameof(SymptomsIntensifyRule), o => new SymptomsIntensifyRule(o) },
        { nameof(SymptomsUnknownRule), o => new SymptomsUnknownRule(o) },
        { nameof(SeverePainRule), o => new SeverePainRule(o) },
        { nameof(ProgressRule), o => new ProgressRule(o) },
        { nameof(FullRangeRule), o => new FullRangeRule(o) },
        { nameof(StartSetRule), o => new StartSetRule(o) },
        { nameof(BetweenSessionsRule), o => new BetweenSessionsRule(o) },
        { nameof(SeverePainMessageRule), o => new SeverePainMessageRule(o) },
        { nameof(MoveSlowlyMessageRule), o => new MoveSlowlyMessageRule(o) },
        { nameof(ExerciseRegularlyMessageRule), o => new ExerciseRegularlyMessageRule(o) },
    };

    [Theory]
    [MemberData(nameof(RulesWithOptions))]
    public void Constructor_NullOptions_ThrowsNamingOptions(string rule, Func<ProtocolOptions, FluentRule> create)
    {
        var act = () => create(null!);

        act.Should().Throw<ArgumentNullException>(rule).WithParameterName("options");
    }

    [Fact]
    public void CreateRules_EveryOptionsRuleOfTheProtocol_IsListedHere()
    {
        var withOptions = typeof(PressUpProtocol).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(FluentRule)) && t.GetConstructor([typeof(ProtocolOptions)]) is not null)
            .Select(t => t.Name);

        RulesWithOptions.Select(row => row.Data.Item1).Should().BeEquivalentTo(withOptions);
    }

    [Fact]
    public void CreateRules_NullOptions_AreTheDefaults()
    {
        var rules = PressUpProtocol.CreateRules(null);

        Evaluate(rules, History(OpenSet(Symptoms(4, Buttock), Same(10, 0.5, 4, Buttock))), ProtocolOptions.Default).Step
            .Should().Be(AdviceStep.FinishSet, "MinReps is 10 by default");
    }

    [Fact]
    public void CreateRules_InvalidOptions_ThrowsListingTheProblem()
    {
        var act = () => PressUpProtocol.CreateRules(ProtocolOptions.Default with { MinReps = 0 });

        act.Should().Throw<InvalidProtocolOptionsException>().WithMessage("*MinReps*");
    }

    public static TheoryData<string, History, AdviceStep, string> Cases => new()
    {
        { "centralising", History((SymptomReport?)null, OpenSet(Symptoms(5, Thigh), Rep(0.3, 5, Buttock))), AdviceStep.ProgressRange, MessageCodes.Centralising },
        { "peripheralising", History(OpenSet(Symptoms(4, Back), Rep(0.3, 4, Back), Rep(0.4, 4, Buttock))), AdviceStep.ReduceRange, MessageCodes.Peripheralising },
        { "move slowly", History(OpenSet(Symptoms(4, Back), Rep(0.3, 4, Back, seconds: 0.5))), AdviceStep.ProgressRange, MessageCodes.MoveSlowly },
        { "rep reported nothing", History(OpenSet(Symptoms(4, Back), Rep(0.4, 4, Back), Rep(0.5))), AdviceStep.HoldRange, MessageCodes.ReportSymptoms },
        { "set done", History(OpenSet(Symptoms(4, Buttock), Same(10, 0.5, 4, Buttock))), AdviceStep.FinishSet, MessageCodes.RiseSafely },
        { "press-up set to start", History([.. PressUpAllowed(Now.AddHours(-3)), OpenSet(Symptoms(4, Back))]), AdviceStep.StartSet, MessageCodes.KeepRelaxed },
        { "severe pain", History(OpenSet(Symptoms(9, Back), Rep(0.3, 9, Back), Rep(0.3, 9, Back))), AdviceStep.HoldRange, MessageCodes.SeverePain },
        { "no baseline", History((SymptomReport?)null), AdviceStep.StartSet, MessageCodes.ReportSymptoms },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_NewRuleInstances_DecideAndComposeAsTheAdvisor(string name, History history, AdviceStep step, string code)
    {
        var advice = Advise(history);
        var (decision, codes) = EvaluateWithCodes(PressUpProtocol.CreateRules(), history, ProtocolOptions.Default);

        decision.Step.Should().Be(step, name);
        codes.Should().Contain(code, name);
        codes.Should().Equal(advice.Codes(), "new instances compose what the advisor's rule set composes");
        decision.Step.Should().Be(advice.Step);
    }

    [Fact]
    public void Evaluate_NewRuleInstances_AskToExerciseRegularlyAfterPersistDaysOfIrregularSessions()
    {
        var history = History(
            DoneSet(Exercise.ProneLying, Now.AddDays(-4), Symptoms(6, Thigh), Symptoms(6, Thigh), Same(10, 0.5, 6, Thigh)),
            OpenSet(Exercise.ProneLying, Symptoms(6, Thigh), Rep(0.5, 6, Thigh)));

        var (_, codes) = EvaluateWithCodes(PressUpProtocol.CreateRules(), history, ProtocolOptions.Default);

        codes.Should().Contain(MessageCodes.ExerciseRegularly).And.Equal(Advise(history).Codes());
    }

    private static Decision Evaluate(IReadOnlyList<FluentRule> rules, History history, ProtocolOptions options) =>
        EvaluateWithCodes(rules, history, options).Decision;

    private static (Decision Decision, IReadOnlyList<string> Codes) EvaluateWithCodes(IReadOnlyList<FluentRule> rules, History history, ProtocolOptions options)
    {
        var (ruleSet, problems) = RuleSet.TryCompile(rules, RuleSetOptions.Default, PressUpProtocol.SingleFactTypes);
        problems.Should().BeEmpty();
        var messages = new ComposedMessages();
        var evaluation = PressUpProtocol.Evaluate(ruleSet!, EpisodeMeasurement.Of(history, Now, options), messages, explain: false);
        return (evaluation.Find<Decision>()!, messages.Codes);
    }
}
