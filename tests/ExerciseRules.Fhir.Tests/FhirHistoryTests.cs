using System.Text.Json.Nodes;
using ExerciseRules.Fhir.Tests.Support;
using ExerciseRules.Model;
using ExerciseRules.Validation;
using static ExerciseRules.Fhir.Tests.Support.Bundles;

namespace ExerciseRules.Fhir.Tests;

/// <summary>The mapping rules of docs/fhir.md: what each resource becomes in the history.</summary>
public sealed class FhirHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 55, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_Episode_MapsBaselineSessionSymptomsAndReps()
    {
        var read = FhirHistory.Parse(Episode().ToJsonString());

        read.Errors.Should().BeEmpty();
        read.Patient.Should().Be("Patient/p1");
        read.History.Should().Be(new History(
            [
                new Session(Exercise.PressUp, Start,
                    [
                        new Rep(0.4, 5, SymptomLocation.Buttock, 4, Start.AddMinutes(1)),
                        new Rep(0.5, 6, SymptomLocation.Buttock, 4, Start.AddMinutes(2)),
                    ],
                    completed: false,
                    before: new SymptomReport(5, SymptomLocation.Buttock)),
            ],
            baseline: new SymptomReport(6, SymptomLocation.Thigh)));
    }

    [Theory]
    [InlineData("final", true)]
    [InlineData("amended", true)]
    [InlineData("corrected", true)]
    [InlineData("preliminary", false)]
    [InlineData("registered", false)]
    public void Parse_SessionStatus_TellsWhetherTheSetWasCompleted(string status, bool completed)
    {
        var bundle = Episode();
        bundle.Resource(1)["status"] = status;

        FhirHistory.Parse(bundle.ToJsonString()).GetHistoryOrThrow().Sessions[0].Completed.Should().Be(completed);
    }

    [Theory]
    [InlineData("entered-in-error")]
    [InlineData("cancelled")]
    public void Parse_SessionEnteredInError_IsLeftOutWithItsMembers(string status)
    {
        var bundle = Episode();
        bundle.Resource(1)["status"] = status;

        var read = FhirHistory.Parse(bundle.ToJsonString());

        read.Errors.Should().BeEmpty();
        read.History!.Sessions.Should().BeEmpty();
        read.Ignored.Should().Contain("Bundle.entry[1].resource");
    }

    [Fact]
    public void Parse_RepEnteredInError_IsLeftOutOfItsSession()
    {
        var bundle = Episode();
        bundle.Resource(3)["status"] = "entered-in-error";

        var reps = FhirHistory.Parse(bundle.ToJsonString()).GetHistoryOrThrow().Sessions[0].Reps;

        reps.Should().ContainSingle().Which.Range.Should().Be(0.5);
    }

    [Fact]
    public void Parse_Sessions_AreOrderedByTheirStartWhateverTheBundleOrder()
    {
        var bundle = Bundle(
            Session("late", "proneOnElbows", "2026-11-24T12:00:00Z", "final"),
            Session("early", "proneLying", "2026-11-24T10:00:00Z", "final"));

        var sessions = FhirHistory.Parse(bundle.ToJsonString()).GetHistoryOrThrow().Sessions;

        sessions.Select(s => s.Exercise).Should().Equal(Exercise.ProneLying, Exercise.ProneOnElbows);
    }

    [Fact]
    public void Parse_Baseline_IsTheLatestPainAtOrBeforeTheFirstSession()
    {
        var bundle = Bundle(
            Pain("old", 8, "2026-11-01T09:00:00Z", "56459004"),
            Pain("latest-before", 6, "2026-11-20T09:00:00Z", "68367000"),
            Pain("after-start", 2, "2026-11-24T11:00:00Z", "37822005"),
            Session("s1", "proneLying", "2026-11-24T09:55:00Z", "final"));

        var read = FhirHistory.Parse(bundle.ToJsonString());

        read.GetHistoryOrThrow().Baseline.Should().Be(new SymptomReport(6, SymptomLocation.Thigh));
        read.Ignored.Should().Contain("Bundle.entry[2].resource");
    }

    [Fact]
    public void Parse_NoSessions_TheLatestPainIsTheBaseline()
    {
        var bundle = Bundle(Pain("a", 7, "2026-11-19T09:00:00Z"), Pain("b", 5, "2026-11-20T09:00:00Z", "37822005"));

        FhirHistory.Parse(bundle.ToJsonString()).GetHistoryOrThrow().Baseline.Should().Be(new SymptomReport(5, SymptomLocation.Back));
    }

    [Theory]
    [InlineData("37822005", SymptomLocation.Back)]
    [InlineData("46862004", SymptomLocation.Buttock)]
    [InlineData("68367000", SymptomLocation.Thigh)]
    [InlineData("72696002", SymptomLocation.Knee)]
    [InlineData("53840002", SymptomLocation.Calf)]
    [InlineData("30021000", SymptomLocation.Calf)]
    [InlineData("56459004", SymptomLocation.Foot)]
    public void Parse_BodySite_MapsTheSnomedTableToLocations(string code, SymptomLocation location) =>
        FhirHistory.Parse(Bundle(Pain("p", 3, "2026-11-20T09:00:00Z", code)).ToJsonString()).GetHistoryOrThrow().Baseline!.Location.Should().Be(location);

    [Fact]
    public void Parse_NoSymptomsCode_IsLocationNone()
    {
        var pain = Pain("p", 0, "2026-11-20T09:00:00Z");
        pain["bodySite"] = Coding(Cs, "noSymptoms");

        FhirHistory.Parse(Bundle(pain).ToJsonString()).GetHistoryOrThrow().Baseline.Should().Be(new SymptomReport(0, SymptomLocation.None));
    }

    [Theory]
    [InlineData("http://snomed.info/sct", "386661006", RedFlag.Fever)]
    [InlineData("http://snomed.info/sct", "422868009", RedFlag.UnexplainedWeightLoss)]
    [InlineData("http://snomed.info/sct", "165232002", RedFlag.BladderOrBowelChange)]
    [InlineData("http://snomed.info/sct", "72042002", RedFlag.BladderOrBowelChange)]
    [InlineData("http://snomed.info/sct", "266987004", RedFlag.HistoryOfCancer)]
    [InlineData("http://snomed.info/sct", "363346000", RedFlag.HistoryOfCancer)]
    [InlineData(Cs, "saddleNumbness", RedFlag.SaddleNumbness)]
    [InlineData(Cs, "progressiveLegWeakness", RedFlag.ProgressiveLegWeakness)]
    [InlineData(Cs, "significantTrauma", RedFlag.SignificantTrauma)]
    [InlineData(Cs, "constantNightPain", RedFlag.ConstantNightPain)]
    public void Parse_RedFlagCondition_IsARedFlag(string system, string code, RedFlag flag) =>
        FhirHistory.Parse(Bundle(Condition("c", Coding(system, code))).ToJsonString()).GetHistoryOrThrow().RedFlags.Should().Equal(flag);

    [Theory]
    [InlineData("inactive", null)]
    [InlineData("resolved", null)]
    [InlineData("remission", null)]
    [InlineData("active", "entered-in-error")]
    [InlineData("active", "refuted")]
    public void Parse_RedFlagConditionNoLongerActiveOrEnteredInError_IsNotARedFlag(string clinical, string? verification)
    {
        var read = FhirHistory.Parse(Bundle(Condition("c", Coding("http://snomed.info/sct", "386661006"), clinical, verification)).ToJsonString());

        read.GetHistoryOrThrow().RedFlags.Should().BeEmpty();
        read.Ignored.Should().Equal("Bundle.entry[0].resource");
    }

    [Fact]
    public void Parse_ResolvedCancer_IsStillAHistoryOfCancer() =>
        FhirHistory.Parse(Bundle(Condition("c", Coding("http://snomed.info/sct", "363346000"), "resolved")).ToJsonString())
            .GetHistoryOrThrow().RedFlags.Should().Equal(RedFlag.HistoryOfCancer);

    [Theory]
    [InlineData(null, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Parse_RedFlagObservation_IsARedFlagUnlessReportedAbsent(bool? value, bool flagged)
    {
        var observation = Observation("o", Coding("http://snomed.info/sct", "386661006"));
        if (value is { } v)
        {
            observation["valueBoolean"] = v;
        }

        var flags = FhirHistory.Parse(Bundle(observation).ToJsonString()).GetHistoryOrThrow().RedFlags;

        flags.Should().HaveCount(flagged ? 1 : 0);
    }

    [Fact]
    public void Parse_UnrelatedResources_AreIgnoredAndListed()
    {
        var bundle = Episode();
        bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = new JsonObject { ["resourceType"] = "Patient", ["id"] = "p1" } });
        bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = Observation("bp", new JsonObject { ["text"] = "Blood pressure" }) });
        bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = Condition("t2d", Coding("http://snomed.info/sct", "44054006")) });

        var read = FhirHistory.Parse(bundle.ToJsonString());

        read.Errors.Should().BeEmpty();
        read.History!.Sessions.Should().ContainSingle();
        read.Ignored.Should().Equal("Bundle.entry[5].resource", "Bundle.entry[6].resource", "Bundle.entry[7].resource");
    }

    [Fact]
    public void Parse_ReferencesByFullUrlAndAbsoluteUrl_Resolve()
    {
        var bundle = Bundle(
            Session("s1", "proneLying", "2026-11-24T09:55:00Z", "final"),
            Rep("r1", null, 3),
            Rep("r2", null, 2));
        bundle["entry"]![1]!["fullUrl"] = "urn:uuid:0b5d7a7e-54a4-4f8d-8a1c-1d2f3e4a5b6c";
        bundle.Resource(0)["hasMember"] = new JsonArray(
            new JsonObject { ["reference"] = "urn:uuid:0b5d7a7e-54a4-4f8d-8a1c-1d2f3e4a5b6c" },
            new JsonObject { ["reference"] = "https://ehr.example/fhir/Observation/r2/_history/3" });

        FhirHistory.Parse(bundle.ToJsonString()).GetHistoryOrThrow().Sessions[0].Reps.Select(r => r.Pain).Should().Equal(3, 2);
    }

    [Fact]
    public void Parse_SameResourceInTwoDocuments_IsReadOnce()
    {
        var condition = Condition("c", Coding("http://snomed.info/sct", "386661006"));
        var read = FhirHistory.Parse(
            [new FhirDocument(Bundle(condition).ToJsonString(), "prefetch.a"), new FhirDocument(Bundle(condition.DeepClone().AsObject()).ToJsonString(), "prefetch.b")],
            null);

        read.GetHistoryOrThrow().RedFlags.Should().Equal(RedFlag.Fever);
        read.Ignored.Should().Equal("prefetch.b.entry[0].resource");
    }

    [Fact]
    public void Parse_ASingleResource_IsReadWithItsTypeAsThePath()
    {
        var read = FhirHistory.Parse(Pain("p", 11, "2026-11-20T09:00:00Z").ToJsonString());

        read.Errors.Should().Equal(new InputError("Observation.valueInteger", "must be between 0 and 10"));
    }

    [Fact]
    public void Parse_PatientGiven_RefusesDataOfAnotherPatient()
    {
        var read = FhirHistory.Parse(Episode().ToJsonString(), new FhirReadOptions { PatientId = "p2" });

        read.Errors.Should().HaveCount(5).And.AllSatisfy(e => e.Message.Should().Be("refers to Patient/p1, but the request is for Patient/p2"));
        read.Errors[0].Path.Should().Be("Bundle.entry[0].resource.subject.reference");
    }

    [Fact]
    public void Parse_TwoPatients_IsAnError()
    {
        var bundle = Episode();
        bundle.Resource(4)["subject"] = new JsonObject { ["reference"] = "Patient/other" };

        FhirHistory.Parse(bundle.ToJsonString()).Errors.Should().Equal(
            new InputError("Bundle.entry[4].resource.subject.reference", "refers to Patient/other, but Bundle.entry[0].resource.subject refers to Patient/p1: a history is of one patient"));
    }

    [Fact]
    public void Advise_ErrorFoundByTheAdvisor_IsNamedByItsFhirPath()
    {
        // The second rep is after the moment of advice: only the advisor knows "now".
        var read = FhirHistory.Parse(Episode().ToJsonString());

        var result = read.Advise(new Advisor(), Start.AddSeconds(90));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("Bundle.entry[4].resource.effectiveDateTime");
    }

    [Fact]
    public void Advise_ValidBundle_GivesTheSameAdviceAsTheWireFormat()
    {
        var advisor = new Advisor();
        var now = Start.AddMinutes(3);
        var fromFhir = FhirHistory.Parse(Episode().ToJsonString()).Advise(advisor, now).GetAdviceOrThrow();

        fromFhir.Should().Be(advisor.Advise(FhirHistory.Parse(Episode().ToJsonString()).History!, now).GetAdviceOrThrow());
        fromFhir.Step.Should().Be(AdviceStep.ReduceRange);
        fromFhir.TargetRange.Should().Be(0.4);
    }

    [Fact]
    public void ToBundle_BaselineWithoutSessions_NeedsItsTime()
    {
        var history = new History(baseline: new SymptomReport(4, SymptomLocation.Back));

        var act = () => FhirHistory.ToBundle(history);

        act.Should().Throw<ArgumentException>().WithMessage("Value should set BaselineReportedAt: a history with a baseline and no sessions says nothing about when it was reported.*");
    }

    [Fact]
    public void ToBundle_BaselineAfterTheFirstSession_IsRefused()
    {
        var history = new History([new Session(Exercise.ProneLying, Start)], new SymptomReport(4, SymptomLocation.Back));

        var act = () => FhirHistory.ToBundle(history, new FhirWriteOptions { BaselineReportedAt = Start.AddMinutes(1) });

        act.Should().Throw<ArgumentException>().WithMessage("Value should be at or before the first session's start (2026-11-24T09:55:00Z)*");
    }

    [Fact]
    public void ToBundle_SameHistory_GivesTheSameBundle() =>
        FhirHistory.ToJson(FhirHistory.Parse(Episode().ToJsonString()).History!)
            .Should().Be(FhirHistory.ToJson(FhirHistory.Parse(Episode().ToJsonString()).History!));

    [Fact]
    public void Parse_FromManyThreads_GivesTheSameHistory()
    {
        var json = Repository.ReadText("docs", "fhir", "examples", "Bundle-ehr-searchset.json");
        var expected = FhirHistory.Parse(json).GetHistoryOrThrow();

        var read = new History[16];
        Parallel.For(0, read.Length, i => read[i] = FhirHistory.Parse(json).GetHistoryOrThrow());

        read.Should().AllSatisfy(h => h.Should().Be(expected));
    }

    [Fact]
    public void ReadOptions_PatientIdNotAFhirId_Throws()
    {
        var act = () => new FhirReadOptions { PatientId = "a b" };

        act.Should().Throw<ArgumentException>().WithMessage("Value should be a FHIR id*");
    }
}
