using ExerciseRules.Model;
using ExerciseRules.Scenarios;
using ExerciseRules.Validation;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Scenarios;

public sealed class ScenarioTests
{
    /// <summary>Two press-up reps, the second worse: PROTOCOL row 7 at 09:58.</summary>
    private const string HistoryJson = """
        { "baseline": { "pain": 6, "location": "thigh" },
          "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "before": { "pain": 5, "location": "buttock" },
                          "reps": [ { "range": 0.4, "pain": 5, "location": "buttock" }, { "range": 0.5, "pain": 6, "location": "buttock" } ],
                          "completed": false } ] }
        """;

    private static string Json(string expect, string extra = "") =>
        $$"""{ "name": "row 7", "source": "PROTOCOL row 7", "now": "2026-11-24T09:58:00Z", {{extra}} "history": {{HistoryJson}}, "expect": {{expect}} }""";

    private static Scenario Parse(string json) => Scenario.Parse(json).GetValueOrThrow();

    [Fact]
    public void Parse_FullScenario_ReadsEveryField()
    {
        var scenario = Parse(Json("""
            { "step": "reduceRange", "urgency": "none", "exercise": "pressUp", "targetRange": 0.4, "targetRangeAtMost": 0.5,
              "targetRangeAtLeast": 0.1, "restSeconds": 5, "repsDone": 2, "nextSessionDue": null,
              "messagesInclude": ["notMedicalAdvice"], "messagesExclude": ["peripheralising"], "decidedBy": "symptoms-intensify",
              "firedInclude": ["last-rep"], "firedExclude": ["progress"] }
            """, """ "options": { "rangeStep": 0.2 }, """));

        scenario.Name.Should().Be("row 7");
        scenario.Source.Should().Be("PROTOCOL row 7");
        scenario.Now.Should().Be(new DateTimeOffset(2026, 11, 24, 9, 58, 0, TimeSpan.Zero));
        scenario.Options.Should().Be(ProtocolOptions.Default with { RangeStep = 0.2 });
        scenario.History!.Sessions.Should().ContainSingle().Which.Reps.Should().HaveCount(2);
        scenario.HistoryFile.Should().BeNull();
        scenario.HistoryErrors.Should().BeEmpty();
        scenario.Expect.Should().Be(new ScenarioExpectation
        {
            Step = AdviceStep.ReduceRange,
            Urgency = Urgency.None,
            Exercise = Exercise.PressUp,
            TargetRange = 0.4,
            TargetRangeAtMost = 0.5,
            TargetRangeAtLeast = 0.1,
            RestSeconds = 5,
            RepsDone = 2,
            NextSessionDue = ExpectedValue<DateTimeOffset>.Null,
            MessagesInclude = ["notMedicalAdvice"],
            MessagesExclude = ["peripheralising"],
            DecidedBy = "symptoms-intensify",
            FiredInclude = ["last-rep"],
            FiredExclude = ["progress"],
        });
    }

    [Fact]
    public void Parse_LeftOutExpectations_AreNotChecked()
    {
        var scenario = Parse(Json("{}"));

        scenario.Expect.Should().Be(ScenarioExpectation.None);
        scenario.Options.Should().BeNull();
        scenario.Expect.TargetRange.Should().BeNull("left out means not checked, unlike null");
    }

    [Fact]
    public void Parse_UnknownProperty_IsAnErrorWithItsPath()
    {
        var result = Scenario.Parse(Json("""{ "stepp": "reduceRange" }"""));

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("expect.stepp: is not a known property");
    }

    [Fact]
    public void Parse_WrongTypes_SayWhatIsAllowed()
    {
        Scenario.Parse(Json("""{ "step": "reduce" }""")).Errors.Single().ToString()
            .Should().Be("expect.step: must be one of seekUrgentCare, contactTherapist, stopSet, finishSet, reduceRange, holdRange, progressRange, startSet, nextSession");
        Scenario.Parse(Json("""{ "targetRange": "0.4" }""")).Errors.Single().ToString()
            .Should().Be("expect.targetRange: must be a number or null");
        Scenario.Parse(Json("""{ "repsDone": 2.5 }""")).Errors.Single().ToString()
            .Should().Be("expect.repsDone: must be a whole number or null");
        Scenario.Parse(Json("""{ "nextSessionDue": "soon" }""")).Errors.Single().ToString()
            .Should().Be("expect.nextSessionDue: must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z, or null");
        Scenario.Parse(Json("""{ "exercise": "PressUp" }""")).Errors.Single().ToString()
            .Should().Be("expect.exercise: must be one of proneLying, proneOnElbows, pressUp");
    }

    [Fact]
    public void Parse_MissingRequiredFields_ReportsEachAtOnce()
    {
        var result = Scenario.Parse("""{ "source": "x" }""");

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "name: is required: a short name for the scenario, e.g. 07-symptoms-intensify",
            "now: is required: the moment of advice in ISO 8601 form, e.g. 2026-11-24T10:00:00Z",
            "expect: is required: what the advice must be (it may be an empty object)",
            "history: is required: a wire-format history, or historyFile with the path of one");
    }

    [Fact]
    public void Parse_HistoryAndHistoryFile_IsAnError()
    {
        var result = Scenario.Parse(Json("{}", """ "historyFile": "h.json", """));

        result.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be("historyFile: must not be given together with history: give the history inline or the path of its file");
    }

    [Fact]
    public void Parse_InvalidOptions_AreErrorsUnderOptions()
    {
        var result = Scenario.Parse(Json("{}", """ "options": { "maxReps": 0, "minRange": 2 }, """));

        result.Errors.Select(e => e.ToString()).Should().Contain("options.maxReps: must be between 1 and 100")
            .And.Contain("options.minRange: must be greater than 0 and at most 1");
    }

    [Fact]
    public void Parse_UnknownNamesInExpectations_AreErrors()
    {
        var result = Scenario.Parse(Json("""{ "messagesExclude": ["centralizing"], "decidedBy": "intensify", "firedInclude": ["progress", "progres"] }"""));

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "expect.messagesExclude[0]: 'centralizing' is not a message code: use a step (seekUrgentCare, contactTherapist, stopSet, finishSet, reduceRange, holdRange, progressRange, startSet, nextSession) or one of centralising, exerciseRegularly, keepRelaxed, moveSlowly, notMedicalAdvice, peripheralising, reportSymptoms, riseSafely, severePain",
            "expect.decidedBy: 'intensify' is not a rule of the press-up protocol (rule names look like symptoms-intensify; see RuleNames)",
            "expect.firedInclude[1]: 'progres' is not a rule of the press-up protocol (rule names look like symptoms-intensify; see RuleNames)");
    }

    [Fact]
    public void Parse_HistoryThatIsNotValid_IsKeptAsHistoryErrors()
    {
        var json = Json("{}").Replace("\"location\": \"thigh\"", "\"location\": \"thigh\", \"painn\": 3");

        var scenario = Parse(json);

        scenario.History.Should().BeNull();
        scenario.HistoryErrors.Should().ContainSingle().Which.ToString().Should().Be("history.baseline.painn: is not a known property");
    }

    [Fact]
    public void Parse_HistoryFile_IsReadRelativeToTheBaseDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("exrules-scenario-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "histories"));
            File.WriteAllText(Path.Combine(directory.FullName, "histories", "h.json"), HistoryJson);

            var scenario = Scenario.Parse("""{ "name": "n", "now": "2026-11-24T09:58:00Z", "historyFile": "histories/h.json", "expect": {} }""", directory.FullName)
                .GetValueOrThrow();

            scenario.History!.Baseline.Should().Be(Symptoms(6, Thigh));
            scenario.HistoryFile.Should().Be(Path.Combine(directory.FullName, "histories", "h.json"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Parse_HistoryFileMissing_IsAnErrorWithItsPath()
    {
        var result = Scenario.Parse("""{ "name": "n", "now": "2026-11-24T09:58:00Z", "historyFile": "missing.json", "expect": {} }""", Path.GetTempPath());

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("historyFile: cannot read 'missing.json': no such file");
    }

    [Fact]
    public void Run_AdviceMeetsExpectations_Passes()
    {
        var outcome = Parse(Json("""{ "step": "reduceRange", "targetRange": 0.4, "restSeconds": 5, "decidedBy": "symptoms-intensify" }""")).Run();

        outcome.Passed.Should().BeTrue(outcome.ToString());
        outcome.Mismatches.Should().BeEmpty();
        outcome.Errors.Should().BeEmpty();
        outcome.Advice!.Step.Should().Be(AdviceStep.ReduceRange);
        outcome.Trace!.HasFired("symptoms-intensify").Should().BeTrue();
        outcome.Options.Should().Be(ProtocolOptions.Default);
    }

    [Fact]
    public void Run_AdviceMissesExpectations_FailsWithEachMismatchInWords()
    {
        var outcome = Parse(Json("""{ "step": "progressRange", "targetRange": 0.6, "firedInclude": ["progress"] }""")).Run();

        outcome.Passed.Should().BeFalse();
        outcome.Mismatches.Select(m => m.ToString()).Should().Equal(
            "step: expected progressRange, got reduceRange",
            "targetRange: expected 0.6, got 0.4",
            "firedInclude: expected progress to fire, but it did not: " + outcome.Trace!.MissOf("progress")!.Explanation);
    }

    [Fact]
    public void Run_CallersOptions_ReplaceTheScenarios()
    {
        var scenario = Parse(Json("""{ "targetRange": 0.4 }""", """ "options": { "rangeStep": 0.2 }, """));

        scenario.Run().Mismatches.Single().ToString().Should().Be("targetRange: expected 0.4, got 0.3");
        scenario.Run(ProtocolOptions.Default).Passed.Should().BeTrue();
        scenario.Run(new Advisor()).Passed.Should().BeTrue();
    }

    [Fact]
    public void Run_HistoryThatIsNotValid_FailsWithTheInputErrorsInsteadOfThrowing()
    {
        var scenario = Parse(Json("""{ "step": "reduceRange" }""").Replace("\"range\": 0.4", "\"range\": 1.4"));

        var outcome = scenario.Run();

        outcome.Passed.Should().BeFalse();
        outcome.Advice.Should().BeNull();
        outcome.Trace.Should().BeNull();
        outcome.Errors.Should().ContainSingle().Which.ToString().Should().Be("history.sessions[0].reps[0].range: must be between 0 and 1 (a fraction of full range)");
    }

    [Fact]
    public void Run_HistoryThatCouldNotBeRead_FailsWithItsErrors()
    {
        var scenario = Parse(Json("{}").Replace("\"completed\": false", "\"completed\": \"no\""));

        var outcome = scenario.Run();

        outcome.Errors.Should().ContainSingle().Which.ToString().Should().Be("history.sessions[0].completed: must be true or false");
    }

    [Fact]
    public void Run_InvalidOptionsInCode_FailWithTheProblems()
    {
        var scenario = new Scenario("n", Now, History(OpenSet(Symptoms(5, Back)))) { Options = ProtocolOptions.Default with { MaxReps = 0 } };

        var outcome = scenario.Run();

        outcome.Passed.Should().BeFalse();
        outcome.Errors.Should().ContainSingle().Which.Should().Be(new InputError("options.maxReps", "must be between 1 and 100"));
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        var act = () => new Scenario(" ", Now, History());

        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        Parse(Json("""{ "messagesInclude": ["notMedicalAdvice"] }""")).Should().Be(Parse(Json("""{ "messagesInclude": ["notMedicalAdvice"] }""")));
    }
}
