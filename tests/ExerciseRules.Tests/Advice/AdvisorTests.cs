using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Validation;
using static ExerciseRules.Model.SymptomLocation;
using ExerciseRules.Tests.Support;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests;

public sealed class AdvisorTests
{
    [Fact]
    public void Advise_InvalidHistory_GivesEveryErrorAndNoAdvice()
    {
        var history = History(OpenSet(Symptoms(11, Back), Rep(1.5, -1, Back), Rep(null, 4, Back)));

        var result = new Advisor().Advise(history, Now);

        result.IsValid.Should().BeFalse();
        result.Advice.Should().BeNull();
        result.Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "sessions[0].before.pain: must be between 0 and 10",
            "sessions[0].reps[0].range: must be between 0 and 1 (a fraction of full range)",
            "sessions[0].reps[0].pain: must be between 0 and 10",
            "sessions[0].reps[1].range: is required for pressUp: how far the person went, from 0 to 1");
    }

    [Fact]
    public void Advise_InvalidHistory_LeavesTheHistoryAsGiven()
    {
        var history = History(OpenSet(Symptoms(11, Back), Rep(0.3, 4, Back)));
        var copy = history with { };

        _ = new Advisor().Advise(history, Now);

        history.Should().Be(copy);
        history.Sessions[0].Before!.Pain.Should().Be(11);
    }

    [Fact]
    public void GetAdviceOrThrow_InvalidHistory_ThrowsWithEveryProblem()
    {
        var result = new Advisor().Advise(History(OpenSet(Symptoms(11, Back))), Now);

        var act = () => result.GetAdviceOrThrow();

        act.Should().Throw<InvalidInputException>()
            .WithMessage($"The history is not valid:{Environment.NewLine}sessions[0].before.pain: must be between 0 and 10");
    }

    [Fact]
    public void Advise_TimeLaterThanNow_IsAnError()
    {
        var history = History(new Session(Exercise.PressUp, Now.AddMinutes(1)));

        var result = new Advisor().Advise(history, Now);

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("sessions[0].startedAt: must not be later than now (2026-11-24T10:00:00Z)");
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsWithEveryProblemAtOnce()
    {
        var options = ProtocolOptions.Default with { MaxReps = 0, StartRange = 2, SessionInterval = TimeSpan.Zero };

        var act = () => new Advisor(options);

        act.Should().Throw<InvalidProtocolOptionsException>()
            .WithMessage("The protocol options are not valid: maxReps: must be between 1 and 100; startRange: must be between minRange (0.1) and 1; sessionInterval: must be longer than 00:00:00 and at most 168:00:00. Fix these options (see ProtocolOptions for what each means).*")
            .Which.Errors.Should().HaveCount(3);
    }

    [Fact]
    public void Advise_WithoutNow_UsesTheTimeProvider()
    {
        var clock = new FixedClock(Now.AddHours(5));
        var history = History(ToleratedSet(Exercise.ProneLying, Now.AddHours(-1)));

        var atClock = new Advisor(timeProvider: clock).Advise(history).GetAdviceOrThrow();
        var atNow = new Advisor().Advise(history, Now).GetAdviceOrThrow();

        atClock.Step.Should().Be(AdviceStep.StartSet);
        atNow.Step.Should().Be(AdviceStep.NextSession);
    }

    [Fact]
    public void Advise_SameInputTwice_GivesEqualAdvice()
    {
        var advisor = new Advisor();
        var history = History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 5, Buttock), Rep(0.5, 6, Thigh)));

        advisor.Advise(history, Now).Advice.Should().Be(advisor.Advise(history, Now).Advice);
    }

    [Fact]
    public void Advise_FiredRules_ListDeriveThenDecideThenCompose()
    {
        var advice = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 6, Buttock))));

        advice.FiredRules.Select(r => r.Stage).Should().BeInAscendingOrder();
        advice.FiredRules.Where(r => r.Stage == RuleStage.Decide).Should().ContainSingle()
            .Which.Should().Be(new FiredRule(RuleNames.SymptomsIntensify, RuleStage.Decide, 70,
                "If you feel that by this exercise your symptoms are intensifying then do not go very far now slowly lower down and rest for few seconds and then press up again"));
    }

    [Fact]
    public void Explain_UnknownRep_TraceSaysWhyTheRangeRulesDidNotFire()
    {
        var history = History(OpenSet(Symptoms(4, Back), Rep(0.4)));

        var result = new Advisor().Explain(history, Now);

        result.Trace.Should().NotBeNull();
        result.Trace!.HasFired(RuleNames.SymptomsUnknown).Should().BeTrue();
        result.Trace.MissOf(RuleNames.Progress)!.Explanation.Should().Be("the last rep is unknown: rep 1 reported neither pain nor location");
        result.Trace.MissOf(RuleNames.PeripheralisingMessage)!.Explanation.Should().Be("the last rep is unknown: rep 1 reported neither pain nor location");
    }

    [Fact]
    public void Advise_WithoutExplain_HasNoTrace()
    {
        new Advisor().Advise(History(), Now).Trace.Should().BeNull();
    }

    [Fact]
    public void Advise_NullHistory_Throws()
    {
        var act = () => new Advisor().Advise(null!, Now);

        act.Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    [Fact]
    public void RuleSet_EveryProtocolRule_CitesASourceAndDescribesItself()
    {
        var rules = new Advisor().RuleSet.Rules;

        rules.Should().OnlyContain(r => r.Source.Length > 0 && r.Description.Length > 0);
        rules.Where(r => r.Stage == RuleStage.Decide).Select(r => r.Description)
            .Should().OnlyContain(d => d.StartsWith("Rule ", StringComparison.Ordinal));
    }

    [Fact]
    public void Advise_AdditionalRules_RunWithTheProtocolsRules()
    {
        var advisor = new Advisor(new AdvisorSettings
        {
            AdditionalRules = [new HostExtraMessageRule()],
            Texts = MessageTexts.FromTemplates(new Dictionary<string, string> { ["hostMessage"] = "From the host." }),
        });

        var advice = advisor.Advise(History(), Now).GetAdviceOrThrow();

        advisor.RuleSet.Find("host-extra-message").Should().Be(new RuleMetadata("host-extra-message", "Host: always add a message of its own.", RuleStage.Compose, -85, "host policy")
        {
            Conditions = [new RuleCondition(ConditionKind.Exists, typeof(Decision), string.Empty)],
        });
        advisor.RuleSet.Rules.Should().HaveCount(new Advisor().RuleSet.Rules.Length + 1);
        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.Messages.Should().ContainSingle(m => m.Code == "hostMessage").Which.Text.Should().Be("From the host.");
        advice.FiredRules.Select(r => r.Name).Should().Contain("host-extra-message");
    }

    [Fact]
    public void Constructor_AdditionalDecideRuleRankedAboveTheRedFlags_ThrowsNamingIt()
    {
        var act = () => new Advisor(new AdvisorSettings { AdditionalRules = [new HostDecideFirstRule()] });

        act.Should().Throw<ArgumentException>().WithMessage(
            "AdvisorSettings.AdditionalRules cannot run with the protocol: the decide rule 'host-decide' has priority 125; give it a priority below 120, so that the protocol's red-flag rules always decide first. (Parameter 'settings')");
    }

    [Fact]
    public void Constructor_AdditionalDecideRuleTiedWithARedFlagRule_ThrowsWithBothProblems()
    {
        var act = () => new Advisor(new AdvisorSettings { AdditionalRules = [new HostDecideTieRule()] });

        act.Should().Throw<ArgumentException>().WithMessage(
            "AdvisorSettings.AdditionalRules cannot run with the protocol: the rules 'red-flag-urgent' and 'host-decide-tie' share priority 120: give each rule a priority of its own (NRules fires equal priorities in the order their facts arrived); "
            + "the decide rule 'host-decide-tie' has priority 120; give it a priority below 120, so that the protocol's red-flag rules always decide first. (Parameter 'settings')");
    }

    [Fact]
    public void Constructor_AdditionalRuleWithAProtocolRulesName_Throws()
    {
        var act = () => new Advisor(new AdvisorSettings { AdditionalRules = [new HostNameClashRule()] });

        act.Should().Throw<ArgumentException>().WithMessage(
            $"AdvisorSettings.AdditionalRules cannot run with the protocol: more than one rule is named '{RuleNames.RedFlagUrgent}': give each rule a name of its own ([Name(\"...\")]). (Parameter 'settings')");
    }

    [Fact]
    public void AdditionalRules_SetToDefault_IsEmpty()
    {
        var settings = new AdvisorSettings { AdditionalRules = default };

        settings.AdditionalRules.Should().BeEmpty();
        new Advisor(settings).RuleSet.Rules.Should().HaveCount(new Advisor().RuleSet.Rules.Length);
    }

    [Fact]
    public void Constructor_NullAdditionalRule_ThrowsNamingItsIndex()
    {
        var act = () => new Advisor(new AdvisorSettings { AdditionalRules = [new HostExtraMessageRule(), null!] });

        act.Should().Throw<ArgumentException>().WithMessage("AdvisorSettings.AdditionalRules cannot run with the protocol: AdditionalRules[1] is null. (Parameter 'settings')");
    }

    [Fact]
    public void Advise_AdditionalRuleKeepsTheRedFlagRulesFromDeciding_ThrowsInsteadOfAdvising()
    {
        var advisor = new Advisor(new AdvisorSettings { AdditionalRules = [new HostEarlyDecisionRule()] });
        var history = History() with { RedFlags = [RedFlag.Fever] };

        var act = () => advisor.Advise(history, Now);

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The advice would be nextSession although red flags were reported; a red flag must always yield seekUrgentCare. A rule in AdvisorSettings.AdditionalRules kept the protocol's red-flag rules from deciding*");
        advisor.Advise(History(), Now).GetAdviceOrThrow().Step.Should().Be(AdviceStep.NextSession, "without red flags the host's decision stands");
    }

    [Fact]
    public void Advise_AdditionalRuleRemovesTheRedFlagsFact_StillThrowsWhenFlagsWereReported()
    {
        var advisor = new Advisor(new AdvisorSettings { AdditionalRules = [new HostHideRedFlagsRule()] });

        var act = () => advisor.Advise(History() with { RedFlags = [RedFlag.Fever] }, Now);

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The advice would be nextSession although red flags were reported; a red flag must always yield seekUrgentCare.*");
        advisor.Advise(History(), Now).GetAdviceOrThrow().Step.Should().Be(AdviceStep.NextSession, "with no red flags reported, removing the empty fact changes nothing");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
