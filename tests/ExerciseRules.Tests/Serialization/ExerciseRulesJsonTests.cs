using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Serialization;

public sealed partial class ExerciseRulesJsonTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 55, 0, TimeSpan.Zero);

    // The DESIGN.md example, with its times in the form the writer uses.
    private const string DesignExample = """
        {
          "baseline": {
            "pain": 6,
            "location": "thigh"
          },
          "redFlags": [
            "saddleNumbness"
          ],
          "sessions": [
            {
              "exercise": "pressUp",
              "startedAt": "2026-11-24T09:55:00+00:00",
              "before": {
                "pain": 5,
                "location": "buttock"
              },
              "reps": [
                {
                  "range": 0.4,
                  "pain": 5,
                  "location": "buttock",
                  "durationSeconds": 4,
                  "at": "2026-11-24T09:56:00+00:00"
                }
              ],
              "after": {
                "pain": 4,
                "location": "back"
              },
              "completed": false
            }
          ]
        }
        """;

    private static readonly History DesignHistory = new(
        [
            new Session(
                Exercise.PressUp,
                Start,
                [new Rep(0.4, 5, SymptomLocation.Buttock, 4, Start.AddMinutes(1))],
                completed: false,
                before: new SymptomReport(5, SymptomLocation.Buttock),
                after: new SymptomReport(4, SymptomLocation.Back)),
        ],
        new SymptomReport(6, SymptomLocation.Thigh),
        [RedFlag.SaddleNumbness]);

    private static string Session(string reps = """[{ "range": 0.4 }]""", string extra = "") =>
        $$"""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": {{reps}}, "completed": false{{extra}} } ] }""";

    private static InputError SingleError<T>(ParseResult<T> result)
        where T : class
    {
        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        return result.Errors.Should().ContainSingle().Which;
    }

    // ---- ParseHistory ----

    [Fact]
    public void ParseHistory_DesignExample_ReadsEveryField()
    {
        var result = ExerciseRulesJson.ParseHistory(DesignExample);

        result.IsValid.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        result.Value.Should().Be(DesignHistory);
    }

    [Fact]
    public void ParseHistory_ZuluTimes_ReadAsUtc()
    {
        var result = ExerciseRulesJson.ParseHistory(Session());

        result.Value!.Sessions[0].StartedAt.Should().Be(Start);
        result.Value.Sessions[0].StartedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void ParseHistory_OnlyRequiredFields_OptionalOnesAreNullOrEmpty()
    {
        var result = ExerciseRulesJson.ParseHistory(Session(reps: "[{}]"));

        var history = result.Value!;
        history.Baseline.Should().BeNull();
        history.RedFlags.Should().BeEmpty();
        var session = history.Sessions.Should().ContainSingle().Which;
        session.Before.Should().BeNull();
        session.After.Should().BeNull();
        session.Reps.Should().Equal(new Rep());
    }

    [Fact]
    public void ParseHistory_EmptySessions_IsValid()
    {
        var result = ExerciseRulesJson.ParseHistory("""{ "sessions": [] }""");

        result.Value.Should().Be(new History());
    }

    [Fact]
    public void ParseHistory_Utf8Bytes_SameAsText()
    {
        var result = ExerciseRulesJson.ParseHistory(Encoding.UTF8.GetBytes(DesignExample));

        result.Value.Should().Be(DesignHistory);
    }

    [Fact]
    public void ParseHistory_Null_ThrowsArgumentNullException()
    {
        var act = () => ExerciseRulesJson.ParseHistory((string)null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");
    }

    [Fact]
    public void ParseHistory_ValidHistoryWithOutOfRangeValues_ParsesLeavingThemToValidation()
    {
        var result = ExerciseRulesJson.ParseHistory(Session(reps: """[{ "range": 1.5, "pain": 11 }]"""));

        result.Value!.Sessions[0].Reps[0].Should().Be(new Rep(1.5, 11));
    }

    // ---- round trips ----

    [Fact]
    public void Serialize_ThenParse_GivesAnEqualHistory()
    {
        var history = DesignHistory with
        {
            RedFlags = [RedFlag.Fever, RedFlag.HistoryOfCancer],
            Sessions =
            [
                .. DesignHistory.Sessions,
                new Session(Exercise.ProneLying, Start.AddHours(3).ToOffset(TimeSpan.FromHours(2)), [new Rep(), new Rep(Pain: 0, Location: SymptomLocation.None, DurationSeconds: 2.5)], completed: true),
            ],
        };

        var back = ExerciseRulesJson.ParseHistory(ExerciseRulesJson.Serialize(history));

        back.Value.Should().Be(history);
        back.Value!.Sessions[1].StartedAt.Offset.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Parse_ThenSerialize_GivesTheSameJson()
    {
        var history = ExerciseRulesJson.ParseHistory(DesignExample).Value!;

        var json = ExerciseRulesJson.Serialize(history);

        json.ReplaceLineEndings("\n").Should().Be(DesignExample.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Serialize_HistoryWithoutOptionalFields_LeavesThemOut()
    {
        var history = new History([new Session(Exercise.ProneOnElbows, Start, [new Rep()])]);

        var json = JsonNode.Parse(ExerciseRulesJson.Serialize(history))!;

        JsonNode.DeepEquals(json, JsonNode.Parse("""
            { "sessions": [ { "exercise": "proneOnElbows", "startedAt": "2026-11-24T09:55:00+00:00", "reps": [ {} ], "completed": false } ] }
            """)).Should().BeTrue(json.ToJsonString());
    }

    [Fact]
    public void Serialize_NullHistory_ThrowsArgumentNullException()
    {
        var act = () => ExerciseRulesJson.Serialize((History)null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("history");
    }

    // ---- strictness ----

    [Fact]
    public void ParseHistory_MisspelledRepProperty_IsNotAKnownProperty()
    {
        var result = ExerciseRulesJson.ParseHistory(Session(reps: """[{ "range": 0.4, "painn": 3 }]"""));

        SingleError(result).Should().Be(new InputError("sessions[0].reps[0].painn", "is not a known property"));
    }

    [Theory]
    [InlineData("""{ "sessions": [], "notes": "x" }""", "notes")]
    [InlineData("""{ "sessions": [], "baseline": { "pain": 1, "Location": "back" } }""", "baseline.Location")]
    [InlineData("""{ "Sessions": [] }""", "Sessions")]
    public void ParseHistory_UnknownOrWronglyCasedProperty_IsNotAKnownProperty(string json, string path)
    {
        SingleError(ExerciseRulesJson.ParseHistory(json)).Should().Be(new InputError(path, "is not a known property"));
    }

    [Fact]
    public void ParseHistory_UnknownSessionProperty_PathNamesTheSession()
    {
        var result = ExerciseRulesJson.ParseHistory(Session(extra: """, "notes": "felt fine" """));

        SingleError(result).Should().Be(new InputError("sessions[0].notes", "is not a known property"));
    }

    [Theory]
    [InlineData("""[{ "pain": 2.5 }]""", "sessions[0].reps[0].pain", "must be a whole number")]
    [InlineData("""[{ "pain": "3" }]""", "sessions[0].reps[0].pain", "must be a whole number")]
    [InlineData("""[{ "range": "0.4" }]""", "sessions[0].reps[0].range", "must be a number")]
    [InlineData("""[{ "durationSeconds": true }]""", "sessions[0].reps[0].durationSeconds", "must be a number")]
    [InlineData("""[{ "at": "yesterday" }]""", "sessions[0].reps[0].at", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z")]
    [InlineData("""[{ "at": 5 }]""", "sessions[0].reps[0].at", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z")]
    [InlineData("""[{}, 3]""", "sessions[0].reps[1]", "must be an object")]
    [InlineData("""{}""", "sessions[0].reps", "must be an array")]
    public void ParseHistory_WrongTypeInARep_SaysWhatItMustBe(string reps, string path, string message)
    {
        SingleError(ExerciseRulesJson.ParseHistory(Session(reps: reps))).Should().Be(new InputError(path, message));
    }

    [Theory]
    [InlineData("""{ "sessions": {} }""", "sessions", "must be an array")]
    [InlineData("""{ "sessions": [], "baseline": 3 }""", "baseline", "must be an object")]
    [InlineData("""{ "sessions": [], "redFlags": "fever" }""", "redFlags", "must be an array")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [], "completed": "no" } ] }""", "sessions[0].completed", "must be true or false")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-31T09:55:00Z", "reps": [], "completed": false } ] }""", "sessions[0].startedAt", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-11-31 is not a date in the calendar")]
    [InlineData("""[]""", "$", "must be an object")]
    [InlineData("""3""", "$", "must be an object")]
    public void ParseHistory_WrongType_SaysWhatItMustBe(string json, string path, string message)
    {
        SingleError(ExerciseRulesJson.ParseHistory(json)).Should().Be(new InputError(path, message));
    }

    [Fact]
    public void ParseHistory_MissingSessions_IsRequired()
    {
        SingleError(ExerciseRulesJson.ParseHistory("""{ "baseline": { "pain": 3 } }""")).Should().Be(
            new InputError("sessions", "is required: an array of sessions in time order (it may be empty)"));
    }

    [Fact]
    public void ParseHistory_NullSessions_IsRequired()
    {
        SingleError(ExerciseRulesJson.ParseHistory("""{ "sessions": null }""")).Should().Be(
            new InputError("sessions", "is required: an array of sessions in time order (it may be empty)"));
    }

    [Fact]
    public void ParseHistory_MissingRequiredFieldsInSeveralSessions_ReportsThemAllAtOnce()
    {
        var result = ExerciseRulesJson.ParseHistory("""
            { "sessions": [
                {},
                { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [], "completed": true },
                { "exercise": "proneLying", "reps": [] }
            ] }
            """);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Equal(
            new InputError("sessions[0].exercise", "is required: one of proneLying, proneOnElbows, pressUp"),
            new InputError("sessions[0].startedAt", "is required: a date and time in ISO 8601 form, e.g. 2026-11-24T09:55:00Z"),
            new InputError("sessions[0].completed", "is required: true or false"),
            new InputError("sessions[0].reps", "is required: an array of reps in time order (it may be empty)"),
            new InputError("sessions[2].startedAt", "is required: a date and time in ISO 8601 form, e.g. 2026-11-24T09:55:00Z"),
            new InputError("sessions[2].completed", "is required: true or false"));
    }

    [Fact]
    public void ParseHistory_ExplicitNullsForRequiredFields_AreReportedAsRequired()
    {
        var result = ExerciseRulesJson.ParseHistory("""{ "sessions": [ { "exercise": null, "startedAt": null, "reps": null, "completed": null } ] }""");

        result.Errors.Select(e => e.Path).Should().Equal(
            "sessions[0].exercise", "sessions[0].startedAt", "sessions[0].completed", "sessions[0].reps");
        result.Errors.Should().OnlyContain(e => e.Message.StartsWith("is required: ", StringComparison.Ordinal));
    }

    [Fact]
    public void ParseHistory_NullSessionAndNullRep_AreReportedTogether()
    {
        var result = ExerciseRulesJson.ParseHistory("""
            { "sessions": [
                null,
                { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "range": 0.2 }, null ], "completed": true }
            ] }
            """);

        result.Errors.Should().Equal(
            new InputError("sessions[0]", "must be a session, not null"),
            new InputError("sessions[1].reps[1]", "must be a rep, not null"));
    }

    [Fact]
    public void ParseHistory_NullOptionalFields_ReadAsAbsent()
    {
        var result = ExerciseRulesJson.ParseHistory(
            """{ "baseline": null, "redFlags": null, "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "before": null, "reps": [ { "range": 0.4, "pain": null, "location": null, "durationSeconds": null, "at": null } ], "after": null, "completed": false } ] }""");

        result.Value.Should().Be(new History([new Session(Exercise.PressUp, Start, [new Rep(0.4)])]));
    }

    // ---- not JSON at all ----

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void ParseHistory_EmptyInput_IsEmpty(string json)
    {
        SingleError(ExerciseRulesJson.ParseHistory(json)).Should().Be(new InputError("$", "is empty: expected a JSON object"));
    }

    [Fact]
    public void ParseHistory_NullDocument_MustBeAnObject()
    {
        SingleError(ExerciseRulesJson.ParseHistory("null")).Should().Be(new InputError("$", "must be a JSON object, not null"));
    }

    [Fact]
    public void ParseHistory_SyntaxErrorOnLineTwo_GivesLineAndColumn()
    {
        var result = ExerciseRulesJson.ParseHistory("{\n  \"sessions\": [,]\n}");

        SingleError(result).Should().Be(new InputError(
            "sessions[0]", "is not valid JSON at line 2, column 16: ',' is an invalid start of a value"));
    }

    [Theory]
    [InlineData("""{ "sessions": [] """, "is not valid JSON at line 1, column 18: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed")]
    [InlineData("""{"sessions": [],}""", "is not valid JSON at line 1, column 17: a comma after the last item is not allowed; remove it")]
    [InlineData("""{"sessions": [] /* note */}""", "is not valid JSON at line 1, column 17: comments are not allowed in JSON")]
    [InlineData("""{"sessions": []} x""", "is not valid JSON at line 1, column 18: 'x' is invalid after a single JSON value. Expected end of data")]
    public void ParseHistory_SyntaxError_IsNotValidJsonWithWhere(string json, string message)
    {
        SingleError(ExerciseRulesJson.ParseHistory(json)).Should().Be(new InputError("$", message));
    }

    [Fact]
    public void ParseHistory_TooDeepNesting_IsAnErrorNotAnException()
    {
        var json = """{ "sessions": [], "baseline": """ + new string('[', 100) + new string(']', 100) + " }";

        SingleError(ExerciseRulesJson.ParseHistory(json)).Should().Be(new InputError("baseline", "must be an object"));
    }

    [Fact]
    public void ParseHistory_TooDeepNestingUnderAnUnknownName_IsAnErrorNotAnException()
    {
        var json = """{ "deep": """ + new string('[', 1000) + new string(']', 1000) + " }";

        SingleError(ExerciseRulesJson.ParseHistory(json)).Should().Be(new InputError("deep", "is not a known property"));
    }

    [Fact]
    public void ParseHistory_FirstJsonErrorStopsParsing_OnlyThatErrorIsReported()
    {
        var result = ExerciseRulesJson.ParseHistory("""{ "sessions": [ {}, { "exercise": "Buttock" } ] }""");

        SingleError(result).Path.Should().Be("sessions[1].exercise");
    }

    // ---- ParseOptions ----

    [Fact]
    public void ParseOptions_EmptyObject_IsTheDefaults()
    {
        var result = ExerciseRulesJson.ParseOptions("{}");

        result.Errors.Should().BeEmpty();
        result.Value.Should().Be(ProtocolOptions.Default);
    }

    [Fact]
    public void ParseOptions_SomeNames_ChangesThoseAndKeepsTheDefaultsOfTheRest()
    {
        var result = ExerciseRulesJson.ParseOptions("""{ "maxReps": 12, "persistDays": 5, "sessionInterval": "01:30:00" }""");

        result.Errors.Should().BeEmpty();
        result.Value.Should().Be(ProtocolOptions.Default with { MaxReps = 12, PersistDays = 5, SessionInterval = TimeSpan.FromMinutes(90) });
    }

    [Fact]
    public void ParseOptions_EveryOption_ReadsEachOne()
    {
        var json = """
            {
              "intensifyingPainDelta": 2, "improvementPoints": 3, "improvementPercent": 40, "persistDays": 4,
              "minSessionsPerDay": 2, "reviewDays": 10, "consecutiveWorseLimit": 2, "maxReps": 20, "minReps": 8,
              "restSeconds": 7, "minRange": 0.2, "rangeStep": 0.05, "startRange": 0.25,
              "sessionInterval": "01:00:00", "sessionTimeout": "00:45:00", "minRepSeconds": 1.5, "requireProgression": false
            }
            """;

        var result = ExerciseRulesJson.ParseOptions(json);

        result.Value.Should().Be(new ProtocolOptions
        {
            IntensifyingPainDelta = 2, ImprovementPoints = 3, ImprovementPercent = 40, PersistDays = 4,
            MinSessionsPerDay = 2, ReviewDays = 10, ConsecutiveWorseLimit = 2, MaxReps = 20, MinReps = 8,
            RestSeconds = 7, MinRange = 0.2, RangeStep = 0.05, StartRange = 0.25,
            SessionInterval = TimeSpan.FromHours(1), SessionTimeout = TimeSpan.FromMinutes(45), MinRepSeconds = 1.5, RequireProgression = false,
        });
    }

    [Fact]
    public void ParseOptions_DefaultsWrittenOut_RoundTrip()
    {
        var result = ExerciseRulesJson.ParseOptions(ExerciseRulesJson.Serialize(ProtocolOptions.Default));

        result.Value.Should().Be(ProtocolOptions.Default);
    }

    [Fact]
    public void ParseOptions_UnknownName_IsNotAKnownProperty()
    {
        SingleError(ExerciseRulesJson.ParseOptions("""{ "maxRepz": 12 }""")).Should().Be(new InputError("maxRepz", "is not a known property"));
    }

    [Fact]
    public void ParseOptions_PascalCaseName_IsNotAKnownProperty()
    {
        SingleError(ExerciseRulesJson.ParseOptions("""{ "MaxReps": 12 }""")).Should().Be(new InputError("MaxReps", "is not a known property"));
    }

    [Theory]
    [InlineData("""{ "sessionInterval": "90 minutes" }""", "sessionInterval", "must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days)")]
    [InlineData("""{ "sessionTimeout": 30 }""", "sessionTimeout", "must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days)")]
    [InlineData("""{ "maxReps": "12" }""", "maxReps", "must be a whole number")]
    [InlineData("""{ "maxReps": 12.5 }""", "maxReps", "must be a whole number")]
    [InlineData("""{ "maxReps": null }""", "maxReps", "must be a whole number")]
    [InlineData("""{ "minRange": "0.1" }""", "minRange", "must be a number")]
    [InlineData("""{ "requireProgression": "yes" }""", "requireProgression", "must be true or false")]
    public void ParseOptions_WrongType_SaysWhatItMustBe(string json, string path, string message)
    {
        SingleError(ExerciseRulesJson.ParseOptions(json)).Should().Be(new InputError(path, message));
    }

    [Fact]
    public void ParseOptions_SeveralInvalidValues_ReportsThemAllWithTheirNames()
    {
        var result = ExerciseRulesJson.ParseOptions("""{ "maxReps": 0, "minRange": 2, "sessionTimeout": "00:00:00" }""");

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Equal(
            new InputError("maxReps", "must be between 1 and 100"),
            new InputError("minRange", "must be greater than 0 and at most 1"),
            new InputError("sessionTimeout", "must be longer than 00:00:00 and at most 24:00:00"));
    }

    [Fact]
    public void ParseOptions_Null_ThrowsArgumentNullException()
    {
        var act = () => ExerciseRulesJson.ParseOptions((string)null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");
    }

    [Fact]
    public void ParseOptions_NullDocument_MustBeAnObject()
    {
        SingleError(ExerciseRulesJson.ParseOptions("null")).Should().Be(new InputError("$", "must be a JSON object, not null"));
    }

    [Fact]
    public void Serialize_Options_WritesEveryOptionInCamelCaseWithDurationsAsText()
    {
        var json = JsonNode.Parse(ExerciseRulesJson.Serialize(ProtocolOptions.Default))!;

        JsonNode.DeepEquals(json, JsonNode.Parse("""
            {
              "intensifyingPainDelta": 1, "improvementPoints": 2, "improvementPercent": 30, "persistDays": 3,
              "minSessionsPerDay": 3, "reviewDays": 14, "consecutiveWorseLimit": 3, "maxReps": 15, "minReps": 10,
              "severePain": 8, "restSeconds": 5, "minRange": 0.1, "rangeStep": 0.1, "startRange": 0.3,
              "sessionInterval": "02:00:00", "sessionTimeout": "00:30:00", "minRepSeconds": 2, "requireProgression": true
            }
            """)).Should().BeTrue(json.ToJsonString());
    }

    // ---- advice ----

    private static readonly Advice FullAdvice = new(AdviceStep.ReduceRange, Urgency.None)
    {
        Exercise = Exercise.PressUp,
        TargetRange = 0.3,
        RestSeconds = 5,
        RepsDone = 6,
        RepsRemaining = 9,
        Messages = [new AdviceMessage("peripheralising", "Your symptoms spread."), new AdviceMessage("notMedicalAdvice", "Not medical advice.")],
        FiredRules = [new FiredRule("symptoms-intensify", RuleStage.Decide, 70, "If you feel ...")],
    };

    [Fact]
    public void Serialize_Advice_WritesEveryFieldWithNullsAndCamelCaseNames()
    {
        var json = ExerciseRulesJson.Serialize(FullAdvice);

        json.ReplaceLineEndings("\n").Should().Be("""
            {
              "step": "reduceRange",
              "exercise": "pressUp",
              "targetRange": 0.3,
              "restSeconds": 5,
              "repsDone": 6,
              "repsRemaining": 9,
              "nextSessionDue": null,
              "urgency": "none",
              "messages": [
                {
                  "code": "peripheralising",
                  "text": "Your symptoms spread."
                },
                {
                  "code": "notMedicalAdvice",
                  "text": "Not medical advice."
                }
              ],
              "firedRules": [
                {
                  "name": "symptoms-intensify",
                  "stage": "decide",
                  "priority": 70,
                  "source": "If you feel ..."
                }
              ]
            }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Serialize_AdviceWithOnlyStepAndUrgency_WritesNullForEveryFieldThatDoesNotApply()
    {
        var json = JsonNode.Parse(ExerciseRulesJson.Serialize(new Advice(AdviceStep.SeekUrgentCare, Urgency.Emergency)))!.AsObject();

        json.Select(p => p.Key).Should().Equal(
            "step", "exercise", "targetRange", "restSeconds", "repsDone", "repsRemaining", "nextSessionDue", "urgency", "messages", "firedRules");
        json["step"]!.GetValue<string>().Should().Be("seekUrgentCare");
        json["urgency"]!.GetValue<string>().Should().Be("emergency");
        foreach (var name in new[] { "exercise", "targetRange", "restSeconds", "repsDone", "repsRemaining", "nextSessionDue" })
        {
            json.ContainsKey(name).Should().BeTrue();
            json[name].Should().BeNull(name);
        }

        json["messages"]!.AsArray().Should().BeEmpty();
        json["firedRules"]!.AsArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData(AdviceStep.ContactTherapist, Urgency.Routine, "contactTherapist", "routine")]
    [InlineData(AdviceStep.StopSet, Urgency.Urgent, "stopSet", "urgent")]
    [InlineData(AdviceStep.FinishSet, Urgency.None, "finishSet", "none")]
    [InlineData(AdviceStep.HoldRange, Urgency.None, "holdRange", "none")]
    [InlineData(AdviceStep.ProgressRange, Urgency.None, "progressRange", "none")]
    [InlineData(AdviceStep.StartSet, Urgency.None, "startSet", "none")]
    [InlineData(AdviceStep.NextSession, Urgency.None, "nextSession", "none")]
    public void Serialize_Advice_StepAndUrgencyAsCamelCaseNames(AdviceStep step, Urgency urgency, string stepName, string urgencyName)
    {
        var json = JsonNode.Parse(ExerciseRulesJson.Serialize(new Advice(step, urgency)))!;

        json["step"]!.GetValue<string>().Should().Be(stepName);
        json["urgency"]!.GetValue<string>().Should().Be(urgencyName);
    }

    [Fact]
    public void Serialize_AdviceWithNextSessionDue_WritesTheTime()
    {
        var advice = new Advice(AdviceStep.NextSession, Urgency.None) { Exercise = Exercise.ProneOnElbows, NextSessionDue = Start.AddHours(2) };

        var json = JsonNode.Parse(ExerciseRulesJson.Serialize(advice))!;

        json["nextSessionDue"]!.GetValue<string>().Should().Be("2026-11-24T11:55:00+00:00");
        json["exercise"]!.GetValue<string>().Should().Be("proneOnElbows");
    }

    [Fact]
    public void Serialize_NullAdvice_ThrowsArgumentNullException()
    {
        var act = () => ExerciseRulesJson.Serialize((Advice)null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("advice");
    }

    [Fact]
    public void ParseAdvice_WhatSerializeWrote_IsEqual()
    {
        var withTime = FullAdvice with { NextSessionDue = Start.AddHours(2) };

        var result = ExerciseRulesJson.ParseAdvice(ExerciseRulesJson.Serialize(withTime));

        result.Errors.Should().BeEmpty();
        result.Value.Should().Be(withTime);
    }

    [Fact]
    public void ParseAdvice_MinimalAdvice_RoundTrips()
    {
        var advice = new Advice(AdviceStep.SeekUrgentCare, Urgency.Urgent);

        ExerciseRulesJson.ParseAdvice(ExerciseRulesJson.Serialize(advice)).Value.Should().Be(advice);
    }

    [Fact]
    public void ParseAdvice_MissingRequiredFields_ReportsThemAllAtOnce()
    {
        var result = ExerciseRulesJson.ParseAdvice("""
            { "messages": [ { "text": "t" } ], "firedRules": [ { "source": "s" } ] }
            """);

        result.Errors.Should().Equal(
            new InputError("step", "is required: one of seekUrgentCare, contactTherapist, stopSet, finishSet, reduceRange, holdRange, progressRange, startSet, nextSession"),
            new InputError("urgency", "is required: one of none, routine, urgent, emergency"),
            new InputError("messages[0].code", "is required: a string"),
            new InputError("firedRules[0].name", "is required: a string"),
            new InputError("firedRules[0].stage", "is required: one of derive, decide, compose"),
            new InputError("firedRules[0].priority", "is required: a whole number"));
    }

    [Theory]
    [InlineData("""{ "step": "ReduceRange", "urgency": "none" }""", "step", "must be one of seekUrgentCare, contactTherapist, stopSet, finishSet, reduceRange, holdRange, progressRange, startSet, nextSession")]
    [InlineData("""{ "step": "stopSet", "urgency": 0 }""", "urgency", "must be one of none, routine, urgent, emergency")]
    [InlineData("""{ "step": "stopSet", "urgency": "none", "extra": 1 }""", "extra", "is not a known property")]
    public void ParseAdvice_BadField_IsReportedWithItsPath(string json, string path, string message)
    {
        SingleError(ExerciseRulesJson.ParseAdvice(json)).Should().Be(new InputError(path, message));
    }

    [Fact]
    public void ParseAdvice_Null_ThrowsArgumentNullException()
    {
        var act = () => ExerciseRulesJson.ParseAdvice(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");
    }

    [Theory]
    [InlineData("2026-11-24T09:55:00", "; it has no offset: add Z for UTC, or an offset such as +01:00")]
    [InlineData("2026-11-24", "")]
    [InlineData("24/11/2026 09:55", "")]
    public void ParseHistory_TimeWithoutOffset_IsAnErrorSoAdviceDoesNotDependOnTheMachine(string time, string why)
    {
        var result = ExerciseRulesJson.ParseHistory($$"""{"sessions":[{"exercise":"pressUp","startedAt":"{{time}}","reps":[],"completed":false}]}""");

        result.Errors.Should().Equal(new InputError("sessions[0].startedAt", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z" + why));
    }

    [Theory]
    [InlineData("2026-11-24T09:55:00Z")]
    [InlineData("2026-11-24T10:55:00+01:00")]
    [InlineData("2026-11-24T09:55:00.1234567Z")]
    [InlineData("2026-11-24T09:55Z")]
    public void ParseHistory_TimeWithOffset_IsRead(string time)
    {
        var result = ExerciseRulesJson.ParseHistory($$"""{"sessions":[{"exercise":"pressUp","startedAt":"{{time}}","reps":[],"completed":false}]}""");

        result.Value!.Sessions[0].StartedAt.Should().Be(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ParseHistory_DuplicateKey_IsAnErrorNotALastOneWins()
    {
        var result = ExerciseRulesJson.ParseHistory("""{"sessions":[{"exercise":"pressUp","startedAt":"2026-11-24T09:55:00Z","reps":[{"range":0.3,"pain":2,"pain":9}],"completed":false}]}""");

        result.Errors.Should().ContainSingle().Which.Should().Be(new InputError("sessions[0].reps[0].pain", "appears more than once; give each property once"));
    }
}
