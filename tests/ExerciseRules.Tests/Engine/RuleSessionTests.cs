using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleSessionTests
{
    private sealed record Temperature(int Celsius);

    private sealed record Fever(int Celsius);

    private sealed record Alarm(string Reason);

    private sealed record Counter(int Value);

    private sealed record Log(string Text);

    /// <summary>A fact type per pair of type arguments, so a test can use fact types no other test has used.</summary>
    private sealed record Fresh<TA, TB>(int Number);

    private static RuleSession SessionOf(params Rule[] rules) => RuleSet.Compile(rules).CreateSession();

    private static Rule Noop(string name) => Rule.Define(name).Then(_ => { });

    private static IEnumerable<string> NamesFired(RuleSession session) => session.FiredRules.Select(r => r.Name);

    // ---- facts: insert, update, retract, unknown ----

    [Fact]
    public void Insert_NewFact_IsKnownAndReadable()
    {
        var session = SessionOf();

        session.Insert(new Temperature(20));

        session.GetState<Temperature>().Should().Be(FactState.Known);
        session.Get<Temperature>().Should().Be(new Temperature(20));
        session.TryGet<Temperature>(out var fact).Should().BeTrue();
        fact.Should().Be(new Temperature(20));
    }

    [Fact]
    public void Insert_FactOfATypeAlreadyKnown_ThrowsAndKeepsTheFirst()
    {
        var session = SessionOf();
        session.Insert(new Temperature(20));

        var act = () => session.Insert(new Temperature(30));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "The session already holds a Temperature fact; call Update to replace it.");
        session.Get<Temperature>().Should().Be(new Temperature(20));
    }

    [Fact]
    public void Insert_FactOfATypeRecordedUnknown_ThrowsSayingItIsUnknown()
    {
        var session = SessionOf();
        session.InsertUnknown<Temperature>("the sensor is offline");

        var act = () => session.Insert(new Temperature(30));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "The session already holds an unknown Temperature fact; call Update to replace it.");
    }

    [Fact]
    public void Insert_Null_ThrowsArgumentNullException()
    {
        var session = SessionOf();

        var act = () => session.Insert<Temperature>(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("fact");
    }

    [Fact]
    public void InsertUnknown_NewType_StateIsUnknownWithTheReason()
    {
        var session = SessionOf();

        session.InsertUnknown<Temperature>("the sensor is offline");

        session.GetState<Temperature>().Should().Be(FactState.Unknown);
        session.GetUnknownReason<Temperature>().Should().Be("the sensor is offline");
        session.TryGet<Temperature>(out var fact).Should().BeFalse();
        fact.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void InsertUnknown_BlankReason_ThrowsArgumentException(string reason)
    {
        var session = SessionOf();

        var act = () => session.InsertUnknown<Temperature>(reason);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("reason");
        session.GetState<Temperature>().Should().Be(FactState.Absent);
    }

    [Fact]
    public void InsertUnknown_NullReason_ThrowsArgumentNullException()
    {
        var session = SessionOf();

        var act = () => session.InsertUnknown<Temperature>(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("reason");
    }

    [Fact]
    public void InsertUnknown_TypeAlreadyKnown_ThrowsAndKeepsTheFact()
    {
        var session = SessionOf();
        session.Insert(new Temperature(20));

        var act = () => session.InsertUnknown<Temperature>("the sensor is offline");

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "The session already holds a Temperature fact; call Retract first to record it as unknown.");
        session.Get<Temperature>().Should().Be(new Temperature(20));
    }

    [Fact]
    public void InsertUnknown_TypeAlreadyUnknown_ThrowsSayingItIsUnknownAndKeepsTheFirstReason()
    {
        var session = SessionOf();
        session.InsertUnknown<Temperature>("the sensor is offline");

        var act = () => session.InsertUnknown<Temperature>("another reason");

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "The session already holds an unknown Temperature fact; call Retract first to record it as unknown.");
        session.GetUnknownReason<Temperature>().Should().Be("the sensor is offline");
    }

    [Fact]
    public void Update_KnownFact_ReplacesIt()
    {
        var session = SessionOf();
        session.Insert(new Temperature(20));

        session.Update(new Temperature(25));

        session.Get<Temperature>().Should().Be(new Temperature(25));
    }

    [Fact]
    public void Update_UnknownFact_MakesItKnownAndClearsTheReason()
    {
        var session = SessionOf();
        session.InsertUnknown<Temperature>("the sensor is offline");

        session.Update(new Temperature(25));

        session.GetState<Temperature>().Should().Be(FactState.Known);
        session.Get<Temperature>().Should().Be(new Temperature(25));
        session.GetUnknownReason<Temperature>().Should().BeNull();
    }

    [Fact]
    public void Update_AbsentFact_ThrowsAndAddsNothing()
    {
        var session = SessionOf();

        var act = () => session.Update(new Temperature(25));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "The session holds no Temperature fact to update; call Insert to add it.");
        session.GetState<Temperature>().Should().Be(FactState.Absent);
    }

    [Fact]
    public void Update_Null_ThrowsArgumentNullException()
    {
        var session = SessionOf();
        session.Insert(new Temperature(20));

        var act = () => session.Update<Temperature>(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("fact");
    }

    [Fact]
    public void Retract_KnownFact_RemovesItAndReturnsTrue()
    {
        var session = SessionOf();
        session.Insert(new Temperature(20));

        session.Retract<Temperature>().Should().BeTrue();

        session.GetState<Temperature>().Should().Be(FactState.Absent);
    }

    [Fact]
    public void Retract_UnknownFact_RemovesItAndReturnsTrue()
    {
        var session = SessionOf();
        session.InsertUnknown<Temperature>("the sensor is offline");

        session.Retract<Temperature>().Should().BeTrue();

        session.GetState<Temperature>().Should().Be(FactState.Absent);
        session.GetUnknownReason<Temperature>().Should().BeNull();
    }

    [Fact]
    public void Retract_AbsentFact_ReturnsFalse()
    {
        var session = SessionOf();

        session.Retract<Temperature>().Should().BeFalse();
    }

    [Fact]
    public void Retract_ThenInsert_IsAllowed()
    {
        var session = SessionOf();
        session.InsertUnknown<Temperature>("the sensor is offline");
        session.Retract<Temperature>();

        session.Insert(new Temperature(21));

        session.Get<Temperature>().Should().Be(new Temperature(21));
    }

    [Fact]
    public void Get_AbsentFact_ThrowsSayingToInsertOrTryGet()
    {
        var session = SessionOf();

        var act = () => session.Get<Temperature>();

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "The session holds no Temperature fact; insert it before firing, or use TryGet when it may be absent.");
    }

    [Fact]
    public void Get_UnknownFact_ThrowsWithTheReason()
    {
        var session = SessionOf();
        session.InsertUnknown<Temperature>("the sensor is offline");

        var act = () => session.Get<Temperature>();

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "The Temperature fact is unknown (the sensor is offline); use TryGet when it may be.");
    }

    [Fact]
    public void GetState_NeverInserted_IsAbsent()
    {
        var session = SessionOf();

        session.GetState<Temperature>().Should().Be(FactState.Absent);
        session.TryGet<Temperature>(out _).Should().BeFalse();
        session.GetUnknownReason<Temperature>().Should().BeNull();
    }

    [Fact]
    public void Insert_SameTypeInTwoSessions_SessionsAreIndependent()
    {
        var set = RuleSet.Compile([]);
        var first = set.CreateSession();
        var second = set.CreateSession();

        first.Insert(new Temperature(1));

        second.GetState<Temperature>().Should().Be(FactState.Absent);
    }

    // ---- firing order ----

    [Fact]
    public void Fire_RulesInAllStages_RunsDeriveThenDecideThenComposeWhateverThePriority()
    {
        var session = SessionOf(
            Rule.Define("compose").InStage(RuleStage.Compose).WithPriority(1000).Then(_ => { }),
            Rule.Define("decide").InStage(RuleStage.Decide).WithPriority(500).Then(_ => { }),
            Rule.Define("derive").InStage(RuleStage.Derive).WithPriority(-1000).Then(_ => { }));

        session.Fire();

        NamesFired(session).Should().Equal("derive", "decide", "compose");
    }

    [Fact]
    public void Fire_RulesInOneStage_RunsHighestPriorityFirstAndTiesByName()
    {
        var session = SessionOf(
            Rule.Define("low").WithPriority(1).Then(_ => { }),
            Rule.Define("tie-b").WithPriority(5).Then(_ => { }),
            Rule.Define("high").WithPriority(9).Then(_ => { }),
            Rule.Define("tie-a").WithPriority(5).Then(_ => { }));

        session.Fire();

        NamesFired(session).Should().Equal("high", "tie-a", "tie-b", "low");
    }

    [Fact]
    public void Fire_FirstDecisionBlocksTheRest_OnlyTheHighestMatchingRuleFires()
    {
        var session = SessionOf(
            Rule.Define("first").WithPriority(10).Not<Alarm>().When<Temperature>(t => t.Celsius > 30)
                .Then((ctx, _) => ctx.Insert(new Alarm("hot"))),
            Rule.Define("second").WithPriority(5).Not<Alarm>().When<Temperature>()
                .Then((ctx, _) => ctx.Insert(new Alarm("any"))));
        session.Insert(new Temperature(35));

        session.Fire();

        session.Get<Alarm>().Should().Be(new Alarm("hot"));
        NamesFired(session).Should().Equal("first");
    }

    [Fact]
    public void Fire_DeriveRuleInsertsAFact_DecideRuleMatchesIt()
    {
        var session = SessionOf(
            Rule.Define("derive-fever").InStage(RuleStage.Derive).When<Temperature>(t => t.Celsius >= 38)
                .Then((ctx, t) => ctx.Insert(new Fever(t.Celsius))),
            Rule.Define("alarm-on-fever").When<Fever>()
                .Then((ctx, f) => ctx.Insert(new Alarm($"fever {f.Celsius}"))));
        session.Insert(new Temperature(39));

        session.Fire();

        session.Get<Alarm>().Should().Be(new Alarm("fever 39"));
        NamesFired(session).Should().Equal("derive-fever", "alarm-on-fever");
    }

    [Fact]
    public void Fire_DerivedFactAbsent_DependentRuleDoesNotFire()
    {
        var session = SessionOf(
            Rule.Define("derive-fever").InStage(RuleStage.Derive).When<Temperature>(t => t.Celsius >= 38)
                .Then((ctx, t) => ctx.Insert(new Fever(t.Celsius))),
            Rule.Define("alarm-on-fever").When<Fever>()
                .Then((ctx, f) => ctx.Insert(new Alarm($"fever {f.Celsius}"))));
        session.Insert(new Temperature(37));

        session.Fire();

        session.GetState<Alarm>().Should().Be(FactState.Absent);
        NamesFired(session).Should().BeEmpty();
    }

    [Fact]
    public void Fire_LowerPriorityRuleInsertsAFact_StageRestartsFromTheTop()
    {
        // "needs-fever" ranks first but can fire only after "derive-fever", which ranks below it.
        var session = SessionOf(
            Rule.Define("needs-fever").InStage(RuleStage.Derive).WithPriority(10).When<Fever>()
                .Then((ctx, _) => ctx.Insert(new Alarm("fever"))),
            Rule.Define("derive-fever").InStage(RuleStage.Derive).WithPriority(1).When<Temperature>()
                .Then((ctx, t) => ctx.Insert(new Fever(t.Celsius))));
        session.Insert(new Temperature(39));

        session.Fire();

        NamesFired(session).Should().Equal("derive-fever", "needs-fever");
        session.Get<Alarm>().Should().Be(new Alarm("fever"));
    }

    [Fact]
    public void Fire_FactChangedMidStage_HigherPriorityRuleAlreadyFiredDoesNotFireAgain()
    {
        var session = SessionOf(
            Rule.Define("a-top").WithPriority(10).When<Temperature>().Then((_, _) => { }),
            Rule.Define("b-insert").WithPriority(5).When<Temperature>().Then((ctx, _) => ctx.Insert(new Log("x"))));
        session.Insert(new Temperature(20));

        session.Fire();

        NamesFired(session).Should().Equal("a-top", "b-insert");
    }

    [Fact]
    public void Fire_RuleUpdatesAFactAnotherRuleMatched_ThatRuleFiresAgainWithTheNewFact()
    {
        var seen = new List<int>();
        var session = SessionOf(
            Rule.Define("watch").WithPriority(10).When<Temperature>().Then((_, t) => seen.Add(t.Celsius)),
            Rule.Define("warm-up").WithPriority(5).When<Temperature>(t => t.Celsius < 22)
                .Then((ctx, t) => ctx.Update(new Temperature(t.Celsius + 1))));
        session.Insert(new Temperature(20));

        session.Fire();

        seen.Should().Equal(20, 21, 22);
        NamesFired(session).Should().Equal("watch", "warm-up", "watch", "warm-up", "watch");
    }

    [Fact]
    public void Fire_RuleRetractsAFact_RulesNeedingItNoLongerFire()
    {
        var session = SessionOf(
            Rule.Define("consume").WithPriority(10).When<Temperature>().Then((ctx, _) => ctx.Retract<Temperature>()),
            Rule.Define("later").WithPriority(1).When<Temperature>().Then((_, _) => { }));
        session.Insert(new Temperature(20));

        session.Fire();

        NamesFired(session).Should().Equal("consume");
        session.GetState<Temperature>().Should().Be(FactState.Absent);
    }

    [Fact]
    public void Fire_RuleWithBoundFactUnchanged_FiresOnlyOnce()
    {
        var count = 0;
        var session = SessionOf(
            Rule.Define("once").WithPriority(10).When<Temperature>().Then((_, _) => count++),
            Rule.Define("churn").WithPriority(1).When<Temperature>().Then((ctx, _) => ctx.Insert(new Log("changed"))));
        session.Insert(new Temperature(20));

        session.Fire();

        count.Should().Be(1);
    }

    [Fact]
    public void Fire_RuleWithoutBindingConditions_FiresOnlyOnceEvenAfterFactChanges()
    {
        var count = 0;
        var session = SessionOf(
            Rule.Define("always").WithPriority(10).Then(_ => count++),
            Rule.Define("change").WithPriority(1).Not<Log>().Then(ctx => ctx.Insert(new Log("changed"))));

        session.Fire();

        count.Should().Be(1);
        NamesFired(session).Should().Equal("always", "change");
    }

    [Fact]
    public void Fire_CalledTwice_RulesThatFiredDoNotFireAgainForTheSameFacts()
    {
        var count = 0;
        var session = SessionOf(Rule.Define("r").When<Temperature>().Then((_, _) => count++));
        session.Insert(new Temperature(20));

        session.Fire();
        session.Fire();

        count.Should().Be(1);
        NamesFired(session).Should().Equal("r");
    }

    [Fact]
    public void Fire_FactUpdatedBetweenFires_RuleFiresAgain()
    {
        var seen = new List<int>();
        var session = SessionOf(Rule.Define("r").When<Temperature>().Then((_, t) => seen.Add(t.Celsius)));
        session.Insert(new Temperature(20));
        session.Fire();

        session.Update(new Temperature(25));
        session.Fire();

        seen.Should().Equal(20, 25);
    }

    [Fact]
    public void FiredRules_RuleFiringTwice_AppearsOncePerFiringInOrder()
    {
        var session = SessionOf(
            Rule.Define("count").WithPriority(10).When<Counter>(c => c.Value < 2).Then((ctx, c) => ctx.Update(new Counter(c.Value + 1))),
            Rule.Define("done").WithPriority(1).When<Counter>(c => c.Value == 2).Then((_, _) => { }));
        session.Insert(new Counter(0));

        session.Fire();

        NamesFired(session).Should().Equal("count", "count", "done");
        session.FiredRules[0].Should().BeSameAs(session.RuleSet.Find("count"));
    }

    [Fact]
    public void Fire_ComposeRuleChangesAFact_DeriveRulesDoNotRunAgain()
    {
        var session = SessionOf(
            Rule.Define("derive").InStage(RuleStage.Derive).When<Fever>().Then((ctx, _) => ctx.Insert(new Alarm("fever"))),
            Rule.Define("compose").InStage(RuleStage.Compose).Then(ctx => ctx.Insert(new Fever(40))));

        session.Fire();

        NamesFired(session).Should().Equal("compose");
        session.GetState<Alarm>().Should().Be(FactState.Absent);
    }

    // ---- non-binding conditions ----

    [Theory]
    [InlineData(FactState.Absent, true)]
    [InlineData(FactState.Known, false)]
    [InlineData(FactState.Unknown, false)]
    public void Fire_NotWithoutTest_FiresOnlyWhenTheFactIsAbsent(FactState state, bool fires)
    {
        var session = SessionOf(Rule.Define("no-alarm").Not<Alarm>().Then(_ => { }));
        Arrange(session, state, new Alarm("x"));

        session.Fire();

        string[] expected = fires ? ["no-alarm"] : [];
        NamesFired(session).Should().Equal(expected);
    }

    [Theory]
    [InlineData("heat", false)]
    [InlineData("smoke", true)]
    public void Fire_NotWithTest_FiresWhenTheKnownFactFailsTheTest(string reason, bool fires)
    {
        var session = SessionOf(Rule.Define("no-heat-alarm").Not<Alarm>(a => a.Reason == "heat").Then(_ => { }));
        session.Insert(new Alarm(reason));

        session.Fire();

        string[] expected = fires ? ["no-heat-alarm"] : [];
        NamesFired(session).Should().Equal(expected);
    }

    [Fact]
    public void Fire_NotWithTestAndUnknownFact_DoesNotFire()
    {
        var session = SessionOf(Rule.Define("no-heat-alarm").Not<Alarm>(a => a.Reason == "heat").Then(_ => { }));
        session.InsertUnknown<Alarm>("the alarm panel did not answer");

        session.Fire();

        NamesFired(session).Should().BeEmpty();
    }

    [Theory]
    [InlineData(FactState.Absent, false)]
    [InlineData(FactState.Known, true)]
    [InlineData(FactState.Unknown, false)]
    public void Fire_ExistsWithoutTest_FiresOnlyWhenTheFactIsKnown(FactState state, bool fires)
    {
        var session = SessionOf(Rule.Define("has-alarm").Exists<Alarm>().Then(_ => { }));
        Arrange(session, state, new Alarm("x"));

        session.Fire();

        string[] expected = fires ? ["has-alarm"] : [];
        NamesFired(session).Should().Equal(expected);
    }

    [Theory]
    [InlineData(31, true)]
    [InlineData(30, false)]
    public void Fire_ExistsWithTest_FiresWhenTheKnownFactPassesIt(int celsius, bool fires)
    {
        var session = SessionOf(Rule.Define("hot").Exists<Temperature>(t => t.Celsius > 30).Then(_ => { }));
        session.Insert(new Temperature(celsius));

        session.Fire();

        string[] expected = fires ? ["hot"] : [];
        NamesFired(session).Should().Equal(expected);
    }

    [Theory]
    [InlineData(FactState.Absent, false)]
    [InlineData(FactState.Known, false)]
    [InlineData(FactState.Unknown, true)]
    public void Fire_Unknown_FiresOnlyWhenTheFactIsUnknown(FactState state, bool fires)
    {
        var session = SessionOf(Rule.Define("ask").Unknown<Temperature>().Then(_ => { }));
        Arrange(session, state, new Temperature(20));

        session.Fire();

        string[] expected = fires ? ["ask"] : [];
        NamesFired(session).Should().Equal(expected);
    }

    [Theory]
    [InlineData(FactState.Absent)]
    [InlineData(FactState.Unknown)]
    public void Fire_MatchOnAFactThatIsNotKnown_DoesNotFire(FactState state)
    {
        var session = SessionOf(Rule.Define("any-temperature").When<Temperature>().Then((_, _) => { }));
        Arrange(session, state, new Temperature(20));

        session.Fire();

        NamesFired(session).Should().BeEmpty();
    }

    [Fact]
    public void Fire_AllConditionsMustHold_OneFailingBlocksTheRule()
    {
        var session = SessionOf(
            Rule.Define("all").When<Temperature>(t => t.Celsius > 30).Exists<Fever>().Not<Alarm>().Then((_, _) => { }));
        session.Insert(new Temperature(35));
        session.Insert(new Fever(39));
        session.Insert(new Alarm("already"));

        session.Fire();

        NamesFired(session).Should().BeEmpty();
    }

    // ---- loops and faults ----

    [Fact]
    public void Fire_RuleUpdatesItsOwnFact_ThrowsRuleLoopException()
    {
        var session = SessionOf(
            Rule.Define("count-up").When<Counter>().Then((ctx, c) => ctx.Update(new Counter(c.Value + 1))));
        session.Insert(new Counter(0));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleLoopException>().Which;
        ex.Message.Should().Be(
            "Rule evaluation stopped after 1000 firings; rule 'count-up' fired 1000 times. " +
            "A rule that updates a fact it matches fires again each time: give it a condition that becomes false after its action, " +
            "or raise RuleSetOptions.MaxFirings if that many firings are expected.");
        ex.RuleName.Should().Be("count-up");
        ex.MaxFirings.Should().Be(1000);
        ex.RuleFirings.Should().Be(1000);
        session.Get<Counter>().Should().Be(new Counter(1000));
    }

    [Fact]
    public void Fire_LoopWithOtherRulesFiring_NamesTheRuleThatFiredMostNotTheFirstInOrder()
    {
        var session = RuleSet.Compile(
            [
                Rule.Define("a-start").WithPriority(10).Not<Counter>().Then(ctx => ctx.Insert(new Counter(0))),
                Rule.Define("b-note").WithPriority(9).Exists<Counter>().Then(ctx => ctx.Insert(new Log("started"))),
                Rule.Define("z-loop").WithPriority(1).When<Counter>().Then((ctx, c) => ctx.Update(new Counter(c.Value + 1))),
            ],
            new RuleSetOptions { MaxFirings = 10 }).CreateSession();

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleLoopException>().Which;
        ex.RuleName.Should().Be("z-loop");
        ex.RuleFirings.Should().Be(8);
        ex.Message.Should().StartWith("Rule evaluation stopped after 10 firings; rule 'z-loop' fired 8 times.");
    }

    [Fact]
    public void Fire_ExactlyMaxFirings_DoesNotThrow()
    {
        var session = RuleSet.Compile(
            [Rule.Define("count").When<Counter>(c => c.Value < 3).Then((ctx, c) => ctx.Update(new Counter(c.Value + 1)))],
            new RuleSetOptions { MaxFirings = 3 }).CreateSession();
        session.Insert(new Counter(0));

        session.Fire();

        session.Get<Counter>().Should().Be(new Counter(3));
        session.FiredRules.Should().HaveCount(3);
    }

    [Fact]
    public void Fire_OneFiringOverTheCap_Throws()
    {
        var session = RuleSet.Compile(
            [Rule.Define("count").When<Counter>(c => c.Value < 4).Then((ctx, c) => ctx.Update(new Counter(c.Value + 1)))],
            new RuleSetOptions { MaxFirings = 3 }).CreateSession();
        session.Insert(new Counter(0));

        var act = () => session.Fire();

        act.Should().ThrowExactly<RuleLoopException>().Which.RuleFirings.Should().Be(3);
    }

    [Fact]
    public void Fire_ActionThrows_WrapsInRuleEvaluationExceptionNamingTheRule()
    {
        var failure = new FormatException("bad number.");
        var session = SessionOf(Rule.Define("parse").When<Temperature>().Then((_, _) => throw failure));
        session.Insert(new Temperature(20));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleEvaluationException>().Which;
        ex.Message.Should().Be("The action of rule 'parse' threw FormatException: bad number.");
        ex.RuleName.Should().Be("parse");
        ex.InnerException.Should().BeSameAs(failure);
    }

    [Fact]
    public void Fire_ActionInsertsAFactThatExists_WrapsTheInsertErrorNamingTheRule()
    {
        var session = SessionOf(Rule.Define("dup").When<Temperature>().Then((ctx, _) => ctx.Insert(new Temperature(1))));
        session.Insert(new Temperature(20));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleEvaluationException>().Which;
        ex.Message.Should().Be(
            "The action of rule 'dup' threw InvalidOperationException: The session already holds a Temperature fact; call Update to replace it.");
        ex.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public void Fire_ConditionThrows_WrapsInRuleEvaluationExceptionNamingTheRuleAndCondition()
    {
        var session = SessionOf(Rule.Define("ratio").When<Counter>(c => 10 / c.Value > 1).Then((_, _) => { }));
        session.Insert(new Counter(0));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleEvaluationException>().Which;
        ex.Message.Should().Be(
            "The condition 'match Counter where c => 10 / c.Value > 1' of rule 'ratio' threw DivideByZeroException: " +
            "Attempted to divide by zero. Make the test handle every value the fact can hold.");
        ex.RuleName.Should().Be("ratio");
        ex.InnerException.Should().BeOfType<DivideByZeroException>();
    }

    [Fact]
    public void Fire_NotConditionThrows_AlsoWrapped()
    {
        var session = SessionOf(Rule.Define("no-alarm").Not<Alarm>(a => a.Reason.Length > 0).Then(_ => { }));
        session.Insert(new Alarm(null!));

        var act = () => session.Fire();

        act.Should().ThrowExactly<RuleEvaluationException>().Which.InnerException.Should().BeOfType<NullReferenceException>();
    }

    [Fact]
    public void Fire_CalledFromInsideAnAction_IsRejected()
    {
        RuleSession? session = null;
        session = SessionOf(Rule.Define("reentrant").Then(_ => session!.Fire()));

        var act = () => session!.Fire();

        var ex = act.Should().ThrowExactly<RuleEvaluationException>().Which;
        ex.RuleName.Should().Be("reentrant");
        ex.InnerException.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be(
            "Fire cannot be called from inside a rule's action; change facts through the IRuleContext instead.");
    }

    [Fact]
    public void Reset_CalledFromInsideAnAction_IsRejected()
    {
        RuleSession? session = null;
        session = SessionOf(Rule.Define("resetter").Then(_ => session!.Reset()));

        var act = () => session!.Fire();

        act.Should().ThrowExactly<RuleEvaluationException>().Which.InnerException.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Be("Reset cannot be called from inside a rule's action; change facts through the IRuleContext instead.");
    }

    [Fact]
    public void Rule_InsideAnAction_IsTheFiringRule()
    {
        string? name = null;
        var session = SessionOf(Rule.Define("who-am-i").Then(ctx => name = ctx.Rule.Name));

        session.Fire();

        name.Should().Be("who-am-i");
    }

    [Fact]
    public void Rule_OutsideAnAction_Throws()
    {
        IRuleContext context = SessionOf();

        var act = () => context.Rule;

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "No rule is firing; the context is only valid inside a rule's action.");
    }

    // ---- reset ----

    [Fact]
    public void Reset_AfterFire_ClearsFactsFiringsAndTrace()
    {
        var session = SessionOf(Rule.Define("r").When<Temperature>().Then((ctx, _) => ctx.Insert(new Alarm("x"))));
        session.Insert(new Temperature(20));
        session.Fire(trace: true);

        session.Reset();

        session.GetState<Temperature>().Should().Be(FactState.Absent);
        session.GetState<Alarm>().Should().Be(FactState.Absent);
        session.FiredRules.Should().BeEmpty();
        session.Trace.Should().BeNull();
    }

    [Fact]
    public void Reset_AfterInsertUnknownUpdateAndRetract_ClearsEveryFactAndTheNextEvaluationStartsClean()
    {
        var seen = new List<string>();
        var session = SessionOf(
            Rule.Define("counter").WithPriority(20).When<Counter>().Then((_, c) => seen.Add($"counter {c.Value}")),
            Rule.Define("no-fever").WithPriority(10).Not<Fever>().When<Temperature>().Then((_, t) => seen.Add($"no fever {t.Celsius}")));
        session.Insert(new Temperature(20));
        session.InsertUnknown<Fever>("not measured");
        session.Insert(new Counter(1));
        session.Retract<Counter>();
        session.Update(new Temperature(21));
        session.Fire();

        session.Reset();

        session.GetState<Temperature>().Should().Be(FactState.Absent);
        session.GetState<Fever>().Should().Be(FactState.Absent);
        session.GetUnknownReason<Fever>().Should().BeNull();
        session.GetState<Counter>().Should().Be(FactState.Absent);
        session.Insert(new Counter(2));
        session.Insert(new Temperature(22));
        session.Fire();
        seen.Should().Equal("counter 2", "no fever 22");
        NamesFired(session).Should().Equal("counter", "no-fever");
    }

    [Fact]
    public void Reset_ThenNewFacts_RulesFireAgain()
    {
        var seen = new List<int>();
        var session = SessionOf(Rule.Define("r").When<Temperature>().Then((_, t) => seen.Add(t.Celsius)));
        session.Insert(new Temperature(20));
        session.Fire();

        session.Reset();
        session.Insert(new Temperature(20));
        session.Fire();

        seen.Should().Equal(20, 20);
        NamesFired(session).Should().Equal("r");
    }

    [Fact]
    public void Reset_AfterALoop_RestartsTheFiringCount()
    {
        var session = RuleSet.Compile(
            [Rule.Define("count").When<Counter>(c => c.Value < 3).Then((ctx, c) => ctx.Update(new Counter(c.Value + 1)))],
            new RuleSetOptions { MaxFirings = 3 }).CreateSession();
        session.Insert(new Counter(-5));
        var loop = () => session.Fire();
        loop.Should().Throw<RuleLoopException>();

        session.Reset();
        session.Insert(new Counter(0));
        session.Fire();

        session.Get<Counter>().Should().Be(new Counter(3));
    }

    [Fact]
    public void Reset_AfterAFailedFire_SessionCanFireAgain()
    {
        var session = SessionOf(Rule.Define("ratio").When<Counter>(c => 10 / c.Value > 1).Then((ctx, _) => ctx.Insert(new Log("ok"))));
        session.Insert(new Counter(0));
        var failing = () => session.Fire();
        failing.Should().Throw<RuleEvaluationException>();

        session.Reset();
        session.Insert(new Counter(2));
        session.Fire();

        session.Get<Log>().Should().Be(new Log("ok"));
    }

    [Fact]
    public void Trace_FireWithoutTrace_IsNull()
    {
        var session = SessionOf(Noop("r"));

        session.Fire();

        session.Trace.Should().BeNull();
        NamesFired(session).Should().Equal("r");
    }

    // ---- found by mutation testing ----

    [Fact]
    public void Insert_FactTypesFirstUsedAfterTheSessionWasCreated_AreHeldWhateverTheOrder()
    {
        var session = SessionOf();
        Type[] arguments = [typeof(int), typeof(long), typeof(short), typeof(byte), typeof(sbyte), typeof(uint), typeof(ulong), typeof(ushort),
            typeof(char), typeof(bool), typeof(double), typeof(float), typeof(decimal), typeof(string), typeof(object), typeof(Guid),
            typeof(DateTime), typeof(TimeSpan), typeof(Uri), typeof(Version)];
        var types = (from a in arguments from b in arguments select typeof(Fresh<,>).MakeGenericType(a, b)).ToList();
        var getState = typeof(RuleSession).GetMethod(nameof(RuleSession.GetState))!;
        var insert = typeof(RuleSession).GetMethod(nameof(RuleSession.Insert))!;
        var get = typeof(RuleSession).GetMethod(nameof(RuleSession.Get))!;

        // Asking about each type first gives each a process-wide id, far beyond those the session was created for.
        types.Select(t => getState.MakeGenericMethod(t).Invoke(session, null)).Should().AllBeEquivalentTo(FactState.Absent);
        for (var i = types.Count - 1; i >= 0; i--)
        {
            insert.MakeGenericMethod(types[i]).Invoke(session, [Activator.CreateInstance(types[i], i)]);
        }

        for (var i = 0; i < types.Count; i++)
        {
            get.MakeGenericMethod(types[i]).Invoke(session, null).Should().Be(Activator.CreateInstance(types[i], i));
        }

        session.GetState<Temperature>().Should().Be(FactState.Absent);
    }

    [Fact]
    public void Fire_RuleMatchingTwoFacts_DoesNotFireAgainWhenAnUnrelatedFactChanges()
    {
        var session = SessionOf(
            Rule.Define("watch").WithPriority(20).When<Counter>().Then((_, _) => { }),
            Rule.Define("alarm").WithPriority(10).When<Temperature>().And<Fever>().Then((ctx, t, f) => ctx.Insert(new Log($"{t.Celsius}/{f.Celsius}"))));
        session.Insert(new Counter(1));
        session.Insert(new Temperature(39));
        session.Insert(new Fever(38));

        session.Fire();

        NamesFired(session).Should().Equal("watch", "alarm");
        session.Get<Log>().Should().Be(new Log("39/38"));
    }

    [Fact]
    public void Fire_RuleMatchingTwoFacts_FiresAgainWhenTheSecondChanges()
    {
        var session = SessionOf(
            Rule.Define("watch").WithPriority(20).When<Counter>().Then((_, _) => { }),
            Rule.Define("alarm").WithPriority(10).When<Temperature>().And<Fever>().Then((ctx, t, f) => ctx.Insert(new Log($"{t.Celsius}/{f.Celsius}"))),
            Rule.Define("cool").WithPriority(5).When<Fever>(f => f.Celsius > 37).Then((ctx, f) => { ctx.Retract<Log>(); ctx.Update(new Fever(37)); }));
        session.Insert(new Counter(1));
        session.Insert(new Temperature(39));
        session.Insert(new Fever(38));

        session.Fire();

        NamesFired(session).Should().Equal("watch", "alarm", "cool", "alarm");
        session.Get<Log>().Should().Be(new Log("39/37"));
    }

    [Fact]
    public void Fire_LoopOfTwoRulesFiringEquallyOften_NamesTheFirstInEvaluationOrder()
    {
        var session = RuleSet.Compile(
            [
                Rule.Define("a-ping").When<Counter>().Then((ctx, c) => ctx.Update(new Temperature(c.Value))),
                Rule.Define("b-pong").When<Temperature>().Then((ctx, t) => ctx.Update(new Counter(t.Celsius + 1))),
            ],
            new RuleSetOptions { MaxFirings = 10 }).CreateSession();
        session.Insert(new Counter(0));
        session.Insert(new Temperature(0));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleLoopException>().Which;
        ex.RuleName.Should().Be("a-ping");
        ex.RuleFirings.Should().Be(5);
        NamesFired(session).Should().Equal("a-ping", "b-pong", "a-ping", "b-pong", "a-ping", "b-pong", "a-ping", "b-pong", "a-ping", "b-pong");
    }

    [Fact]
    public void Reset_AfterALoop_TheNextLoopNamesTheRuleThatFiredMostInThatEvaluation()
    {
        var session = RuleSet.Compile(
            [
                Rule.Define("a-count").When<Counter>().Then((ctx, c) => ctx.Update(new Counter(c.Value + 1))),
                Rule.Define("b-warm").When<Temperature>().Then((ctx, t) => ctx.Update(new Temperature(t.Celsius + 1))),
            ],
            new RuleSetOptions { MaxFirings = 10 }).CreateSession();
        session.Insert(new Counter(0));
        var first = () => session.Fire();
        first.Should().ThrowExactly<RuleLoopException>().Which.RuleName.Should().Be("a-count");

        session.Reset();
        session.Insert(new Temperature(0));
        var second = () => session.Fire();

        var ex = second.Should().ThrowExactly<RuleLoopException>().Which;
        ex.RuleName.Should().Be("b-warm");
        ex.RuleFirings.Should().Be(10);
    }

    [Fact]
    public void Fire_ActionEvaluatesAnotherRuleSetThatFails_ItsRuleEvaluationExceptionPassesUnwrapped()
    {
        var failure = new FormatException("bad number.");
        var inner = RuleSet.Compile([Rule.Define("inner").When<Temperature>().Then((_, _) => throw failure)]);
        var session = SessionOf(Rule.Define("outer").When<Temperature>().Then((_, t) =>
        {
            var nested = inner.CreateSession();
            nested.Insert(t);
            nested.Fire();
        }));
        session.Insert(new Temperature(20));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleEvaluationException>().Which;
        ex.RuleName.Should().Be("inner");
        ex.Message.Should().Be("The action of rule 'inner' threw FormatException: bad number.");
        ex.InnerException.Should().BeSameAs(failure);
    }

    [Fact]
    public void Fire_ActionEvaluatesAnotherRuleSetThatLoops_ItsRuleLoopExceptionPassesUnwrapped()
    {
        var inner = RuleSet.Compile(
            [Rule.Define("inner-loop").When<Counter>().Then((ctx, c) => ctx.Update(new Counter(c.Value + 1)))],
            new RuleSetOptions { MaxFirings = 5 });
        var session = SessionOf(Rule.Define("outer").When<Temperature>().Then((_, _) =>
        {
            var nested = inner.CreateSession();
            nested.Insert(new Counter(0));
            nested.Fire();
        }));
        session.Insert(new Temperature(20));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleLoopException>().Which;
        ex.RuleName.Should().Be("inner-loop");
        ex.MaxFirings.Should().Be(5);
    }

    // ---- a rule's tests run only when the fact states it needs all hold ----

    [Fact]
    public void Fire_TestThatWouldThrowOnARuleThatCannotMatch_NeverRunsTracedOrNot()
    {
        // The rule cannot fire (a Temperature is there): its test, which throws on Counter(0), is never run.
        var rules = RuleSet.Compile([Rule.Define("ratio").When<Counter>(c => 10 / c.Value > 1).Not<Temperature>().Then((_, _) => { })]);
        var plain = rules.CreateSession();
        var traced = rules.CreateSession();
        foreach (var session in new[] { plain, traced })
        {
            session.Insert(new Counter(0));
            session.Insert(new Temperature(20));
        }

        plain.Fire();
        traced.Fire(trace: true);

        plain.FiredRules.Should().BeEmpty();
        var miss = traced.Trace!.MissOf("ratio")!;
        miss.Reason.Should().Be(MissReason.FactPresent);
        miss.Condition.Kind.Should().Be(ConditionKind.Not);
    }

    [Fact]
    public void Fire_Traced_NamesAStateMissBeforeAFailedTest()
    {
        var session = SessionOf(Rule.Define("hot-and-alarmed").When<Temperature>(t => t.Celsius > 30).And<Alarm>().Then((_, _, _) => { }));
        session.Insert(new Temperature(20));

        session.Fire(trace: true);

        var miss = session.Trace!.MissOf("hot-and-alarmed")!;
        miss.Reason.Should().Be(MissReason.FactMissing);
        miss.Condition.FactType.Should().Be(typeof(Alarm));
    }

    // ---- fact types beyond the 64th: states checked one condition at a time, not by masks ----

    private sealed class Beyond64;

    /// <summary>Makes sure the process has given out 64 fact type ids, so fact types first used afterwards get ids of 64 and more.</summary>
    private static void GiveOutTheFirst64FactTypeIds()
    {
        while (FactTypeId.Count < 64)
        {
            FactTypeId.Allocate();
        }
    }

    private static Rule[] RulesBeyond64() =>
    [
        Rule.Define("hot").When<Fresh<Beyond64, int>>(t => t.Number > 30).Then((ctx, _) => ctx.Insert(new Fresh<Beyond64, string>(1))),
        Rule.Define("absent").Not<Fresh<Beyond64, long>>().Then(ctx => ctx.Insert(new Fresh<Beyond64, short>(1))),
        Rule.Define("unknown").Unknown<Fresh<Beyond64, byte>>().Then(ctx => ctx.Insert(new Fresh<Beyond64, char>(1))),
        Rule.Define("not-negative").Not<Fresh<Beyond64, byte>>(b => b.Number < 0).Then(ctx => ctx.Insert(new Fresh<Beyond64, double>(1))),
        Rule.Define("exists").Exists<Fresh<Beyond64, long>>(l => l.Number > 0).Then(ctx => ctx.Insert(new Fresh<Beyond64, float>(1))),
    ];

    [Fact]
    public void Fire_FactTypesBeyondTheSixtyFourth_MatchAsTheFirstOnesDo()
    {
        GiveOutTheFirst64FactTypeIds();
        var session = SessionOf(RulesBeyond64());
        session.Insert(new Fresh<Beyond64, int>(35));
        session.InsertUnknown<Fresh<Beyond64, byte>>("not measured");

        session.Fire(trace: true);

        NamesFired(session).Should().BeEquivalentTo("hot", "absent", "unknown");
        session.Trace!.MissOf("not-negative")!.Reason.Should().Be(MissReason.FactUnknown, "a Not condition with a test does not hold on an unknown fact");
        session.Trace.MissOf("exists")!.Reason.Should().Be(MissReason.FactMissing);
    }

    [Fact]
    public void Fire_FactTypesBeyondTheSixtyFourth_DoNotMatchAsTheFirstOnesDoNot()
    {
        GiveOutTheFirst64FactTypeIds();
        var session = SessionOf(RulesBeyond64());
        session.Insert(new Fresh<Beyond64, int>(20));
        session.Insert(new Fresh<Beyond64, long>(0));

        session.Fire(trace: true);

        NamesFired(session).Should().BeEquivalentTo("not-negative");
        session.Trace!.MissOf("hot")!.Reason.Should().Be(MissReason.TestFalse);
        session.Trace.MissOf("absent")!.Reason.Should().Be(MissReason.FactPresent);
        session.Trace.MissOf("unknown")!.Reason.Should().Be(MissReason.FactMissing);
        session.Trace.MissOf("exists")!.Reason.Should().Be(MissReason.TestFalse);
    }

    [Fact]
    public void Fire_FactTypesBeyondTheSixtyFourth_KnownFactFailsUnknownAndPassingTestFailsNot()
    {
        GiveOutTheFirst64FactTypeIds();
        var session = SessionOf(RulesBeyond64());
        session.Insert(new Fresh<Beyond64, byte>(-1));

        session.Fire();

        NamesFired(session).Should().BeEquivalentTo("absent");
    }

    [Fact]
    public void Fire_FactTypeBeyondTheSixtyFourth_TestThatThrowsIsNamed()
    {
        GiveOutTheFirst64FactTypeIds();
        var session = SessionOf(Rule.Define("ratio-beyond").When<Fresh<Beyond64, decimal>>(c => 10 / c.Number > 1).Then((_, _) => { }));
        session.Insert(new Fresh<Beyond64, decimal>(0));

        var act = () => session.Fire();

        var ex = act.Should().ThrowExactly<RuleEvaluationException>().Which;
        ex.Message.Should().Be(
            "The condition 'match Fresh`2 where c => 10 / c.Number > 1' of rule 'ratio-beyond' threw DivideByZeroException: " +
            "Attempted to divide by zero. Make the test handle every value the fact can hold.");
        ex.RuleName.Should().Be("ratio-beyond");
    }

    [Fact]
    public void Fire_FactTypeBeyondTheSixtyFourth_TestThatWouldThrowOnARuleThatCannotMatch_NeverRuns()
    {
        GiveOutTheFirst64FactTypeIds();
        var session = SessionOf(Rule.Define("ratio-absent").When<Fresh<Beyond64, Guid>>(c => 10 / c.Number > 1).Not<Fresh<Beyond64, Uri>>().Then((_, _) => { }));
        session.Insert(new Fresh<Beyond64, Guid>(0));
        session.Insert(new Fresh<Beyond64, Uri>(0));

        session.Fire(trace: true);

        session.FiredRules.Should().BeEmpty();
        session.Trace!.MissOf("ratio-absent")!.Reason.Should().Be(MissReason.FactPresent);
    }

    [Fact]
    public void Reset_FactTypesBeyondTheSixtyFourth_ClearsThemForTheNextEvaluation()
    {
        GiveOutTheFirst64FactTypeIds();
        var session = SessionOf(RulesBeyond64());
        session.Insert(new Fresh<Beyond64, int>(35));
        session.InsertUnknown<Fresh<Beyond64, byte>>("not measured");
        session.Fire();

        session.Reset();
        session.Insert(new Fresh<Beyond64, long>(1));
        session.Fire();

        session.GetState<Fresh<Beyond64, int>>().Should().Be(FactState.Absent);
        session.GetState<Fresh<Beyond64, byte>>().Should().Be(FactState.Absent);
        session.GetState<Fresh<Beyond64, string>>().Should().Be(FactState.Absent, "the fact 'hot' inserted went with the reset");
        NamesFired(session).Should().BeEquivalentTo("not-negative", "exists");
    }

    [Fact]
    public void Fire_TracedAfterReset_TraceHoldsOnlyTheNewEvaluation()
    {
        var session = SessionOf(Rule.Define("hot").When<Temperature>(t => t.Celsius > 30).Then((_, _) => { }), Noop("always"));
        session.Insert(new Temperature(20));
        session.Fire(trace: true);

        session.Reset();
        session.Insert(new Temperature(35));
        session.Fire(trace: true);

        session.Trace!.Misses.Should().BeEmpty();
        session.Trace.Firings.Select(f => f.Rule.Name).Should().BeEquivalentTo("hot", "always");
    }

    [Fact]
    public void Fire_NotConditionOnAPresentFact_DoesNotFireWhileALaterRuleOfTheStageCan()
    {
        // The stage cannot stop early here (the later rule does not need Temperature absent): the rule's own check must refuse it.
        var session = SessionOf(
            Rule.Define("cold-only").WithPriority(10).Not<Temperature>().Then(ctx => ctx.Insert(new Alarm("no temperature"))),
            Rule.Define("log").WithPriority(5).When<Counter>().Then((_, _) => { }));
        session.Insert(new Temperature(20));
        session.Insert(new Counter(1));

        session.Fire();

        NamesFired(session).Should().Equal("log");
        session.GetState<Alarm>().Should().Be(FactState.Absent);
    }

    // ---- the fired rules ----

    [Fact]
    public void FiredRules_IndexPastTheEnd_Throws()
    {
        var session = SessionOf(Noop("a"));
        session.Fire();

        var act = () => session.FiredRules[1];

        session.FiredRules[0].Name.Should().Be("a");
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void FiredRules_AfterReset_HoldNoRuleOfTheEvaluationBefore()
    {
        var session = SessionOf(Noop("a"));
        session.Fire();

        session.Reset();

        session.FiredRules.Should().BeEmpty();
        var act = () => session.FiredRules[0];
        act.Should().ThrowExactly<ArgumentOutOfRangeException>();
    }

    private static void Arrange<T>(RuleSession session, FactState state, T fact)
        where T : class
    {
        switch (state)
        {
            case FactState.Known:
                session.Insert(fact);
                break;
            case FactState.Unknown:
                session.InsertUnknown<T>("not reported");
                break;
        }
    }
}
