using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Validation;

public sealed partial class HistoryValidatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 55, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Now = Start.AddHours(1);

    private const string Locations = "must be one of none, back, buttock, thigh, knee, calf, foot";

    private static ImmutableArray<InputError> Errors(History history) =>
        HistoryValidator.Instance.Validate(history, Now).ToInputErrors();

    private static History WithRep(Rep rep, Exercise exercise = Exercise.PressUp) =>
        new([new Session(exercise, Start, [rep])]);

    private static History WithBaseline(SymptomReport baseline) => new(baseline: baseline);

    [Fact]
    public void Validate_EmptyHistory_IsValid()
    {
        HistoryValidator.Instance.Validate(new History(), Now).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_CompleteValidHistory_IsValid()
    {
        var history = new History(
            [
                new Session(Exercise.ProneLying, Start, [new Rep(null, 4, SymptomLocation.Thigh, 3, Start.AddMinutes(1))], true, new SymptomReport(5, SymptomLocation.Thigh), new SymptomReport(4)),
                new Session(Exercise.PressUp, Start.AddMinutes(30), [new Rep(0.3, 3, SymptomLocation.Buttock, 2.5, Start.AddMinutes(31)), new Rep(0.4)]),
            ],
            new SymptomReport(6, SymptomLocation.Knee),
            [RedFlag.Fever]);

        Errors(history).Should().BeEmpty();
    }

    // ---- pain and location ----

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(-1, false)]
    [InlineData(11, false)]
    public void Validate_BaselinePain_MustBeOnTheScale(int pain, bool valid)
    {
        var errors = Errors(WithBaseline(new SymptomReport(pain)));

        InputError[] expected = valid ? [] : [new InputError("baseline.pain", "must be between 0 and 10")];
        errors.Should().Equal(expected);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(-1, false)]
    [InlineData(11, false)]
    public void Validate_RepPain_MustBeOnTheScale(int pain, bool valid)
    {
        var errors = Errors(WithRep(new Rep(0.5, pain)));

        InputError[] expected = valid ? [] : [new InputError("sessions[0].reps[0].pain", "must be between 0 and 10")];
        errors.Should().Equal(expected);
    }

    [Fact]
    public void Validate_BadPainBeforeAndAfterASet_ReportsEachWithItsPath()
    {
        var history = new History([new Session(Exercise.ProneLying, Start, [], before: new SymptomReport(-1), after: new SymptomReport(11))]);

        Errors(history).Should().Equal(
            new InputError("sessions[0].before.pain", "must be between 0 and 10"),
            new InputError("sessions[0].after.pain", "must be between 0 and 10"));
    }

    [Fact]
    public void Validate_UndefinedLocations_ReportedEverywhereTheyAppear()
    {
        var bad = (SymptomLocation)7;
        var history = new History(
            [new Session(Exercise.ProneLying, Start, [new Rep(Location: bad)], before: new SymptomReport(Location: bad), after: new SymptomReport(Location: (SymptomLocation)(-1)))],
            new SymptomReport(Location: bad));

        Errors(history).Should().Equal(
            new InputError("baseline.location", Locations),
            new InputError("sessions[0].before.location", Locations),
            new InputError("sessions[0].after.location", Locations),
            new InputError("sessions[0].reps[0].location", Locations));
    }

    [Fact]
    public void Validate_EveryDefinedLocation_IsValid()
    {
        var reps = Enum.GetValues<SymptomLocation>().Select(l => new Rep(0.5, Location: l)).ToImmutableArray();

        Errors(new History([new Session(Exercise.PressUp, Start, reps)])).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SymptomReportWithNothingReported_IsValid()
    {
        Errors(WithBaseline(new SymptomReport())).Should().BeEmpty();
    }

    // ---- red flags and exercises ----

    [Fact]
    public void Validate_UndefinedRedFlag_ReportedWithItsIndex()
    {
        var history = new History(redFlags: [RedFlag.Fever, (RedFlag)8, RedFlag.HistoryOfCancer]);

        Errors(history).Should().Equal(new InputError(
            "redFlags[1]",
            "must be one of saddleNumbness, bladderOrBowelChange, progressiveLegWeakness, fever, unexplainedWeightLoss, significantTrauma, constantNightPain, historyOfCancer"));
    }

    [Fact]
    public void Validate_UndefinedExercise_Reported()
    {
        var history = new History([new Session((Exercise)3, Start)]);

        Errors(history).Should().Equal(new InputError("sessions[0].exercise", "must be one of proneLying, proneOnElbows, pressUp"));
    }

    [Fact]
    public void Validate_NullSessionAndNullRep_ReportedAsNotNull()
    {
        var history = new History([null!, new Session(Exercise.PressUp, Start, [new Rep(0.2), null!])]);

        Errors(history).Should().Equal(
            new InputError("sessions[0]", "must be a session, not null"),
            new InputError("sessions[1].reps[1]", "must be a rep, not null"));
    }

    // ---- range ----

    [Fact]
    public void Validate_PressUpRepWithoutRange_RangeIsRequired()
    {
        Errors(WithRep(new Rep(Pain: 3))).Should().Equal(
            new InputError("sessions[0].reps[0].range", "is required for pressUp: how far the person went, from 0 to 1"));
    }

    [Theory]
    [InlineData(Exercise.ProneLying)]
    [InlineData(Exercise.ProneOnElbows)]
    public void Validate_LyingPositionRepWithoutRange_IsValid(Exercise exercise)
    {
        Errors(WithRep(new Rep(Pain: 3), exercise)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(1.0, true)]
    [InlineData(0.5, true)]
    [InlineData(-0.01, false)]
    [InlineData(1.01, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Validate_Range_MustBeAFractionOfFullRange(double range, bool valid)
    {
        InputError[] expected = valid ? [] : [new InputError("sessions[0].reps[0].range", "must be between 0 and 1 (a fraction of full range)")];

        Errors(WithRep(new Rep(range))).Should().Equal(expected);
        Errors(WithRep(new Rep(range), Exercise.ProneLying)).Should().Equal(expected);
    }

    // ---- duration ----

    [Theory]
    [InlineData(0.001, true)]
    [InlineData(600.0, true)]
    [InlineData(0.0, false)]
    [InlineData(-1.0, false)]
    [InlineData(600.001, false)]
    [InlineData(double.NaN, false)]
    public void Validate_DurationSeconds_MustBePositiveAndAtMost600(double seconds, bool valid)
    {
        InputError[] expected = valid ? [] : [new InputError("sessions[0].reps[0].durationSeconds", "must be greater than 0 and at most 600")];

        Errors(WithRep(new Rep(0.5, DurationSeconds: seconds))).Should().Equal(expected);
    }

    // ---- time order ----

    [Fact]
    public void Validate_SessionStartingBeforeThePreviousStarted_IsOutOfOrder()
    {
        var history = new History([new Session(Exercise.ProneLying, Start), new Session(Exercise.ProneLying, Start.AddMinutes(-1))]);

        Errors(history).Should().Equal(new InputError(
            "sessions[1].startedAt",
            "must not be before sessions[0] (startedAt 2026-11-24T09:55:00Z); sessions must be in time order"));
    }

    [Fact]
    public void Validate_SessionStartingBeforeThePreviousSessionsLastRep_IsOutOfOrder()
    {
        var history = new History(
            [
                new Session(Exercise.ProneLying, Start, [new Rep(At: Start.AddMinutes(5)), new Rep(At: Start.AddMinutes(10))]),
                new Session(Exercise.ProneLying, Start.AddMinutes(9)),
            ]);

        Errors(history).Should().Equal(new InputError(
            "sessions[1].startedAt",
            "must not be before sessions[0] (last rep 2026-11-24T10:05:00Z); sessions must be in time order"));
    }

    [Fact]
    public void Validate_SessionStartingWhenThePreviousEnded_IsValid()
    {
        var history = new History(
            [
                new Session(Exercise.ProneLying, Start, [new Rep(At: Start.AddMinutes(10))]),
                new Session(Exercise.ProneLying, Start.AddMinutes(10)),
                new Session(Exercise.ProneLying, Start.AddMinutes(10)),
            ]);

        Errors(history).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SessionTimesInDifferentOffsets_ComparedAsInstants()
    {
        var history = new History(
            [
                new Session(Exercise.ProneLying, Start),
                new Session(Exercise.ProneLying, Start.AddMinutes(1).ToOffset(TimeSpan.FromHours(-5))),
            ]);

        Errors(history).Should().BeEmpty();
    }

    [Fact]
    public void Validate_RepBeforeItsSessionStarted_Reported()
    {
        Errors(WithRep(new Rep(0.5, At: Start.AddSeconds(-1)))).Should().Equal(new InputError(
            "sessions[0].reps[0].at", "must not be before the session's startedAt (2026-11-24T09:55:00Z)"));
    }

    [Fact]
    public void Validate_RepBeforeTheLastTimedRep_ReportedAgainstThatRep()
    {
        var history = new History(
            [
                new Session(Exercise.PressUp, Start, [new Rep(0.3, At: Start.AddMinutes(2)), new Rep(0.3), new Rep(0.3, At: Start.AddMinutes(1))]),
            ]);

        Errors(history).Should().Equal(new InputError(
            "sessions[0].reps[2].at", "must not be before reps[0].at (2026-11-24T09:57:00Z); reps must be in time order"));
    }

    [Fact]
    public void Validate_RepsAtTheSameTimeAsTheStartAndEachOther_AreValid()
    {
        var history = new History([new Session(Exercise.PressUp, Start, [new Rep(0.3, At: Start), new Rep(0.3, At: Start)])]);

        Errors(history).Should().BeEmpty();
    }

    // ---- now ----

    [Fact]
    public void Validate_SessionStartedAfterNow_Reported()
    {
        var history = new History([new Session(Exercise.ProneLying, Now.AddSeconds(1))]);

        Errors(history).Should().Equal(new InputError("sessions[0].startedAt", "must not be later than now (2026-11-24T10:55:00Z)"));
    }

    [Fact]
    public void Validate_RepAfterNow_Reported()
    {
        var history = new History([new Session(Exercise.PressUp, Start, [new Rep(0.3, At: Start), new Rep(0.3, At: Now.AddTicks(1))])]);

        Errors(history).Should().Equal(new InputError("sessions[0].reps[1].at", "must not be later than now (2026-11-24T10:55:00Z)"));
    }

    [Fact]
    public void Validate_TimesExactlyNow_AreValid()
    {
        var history = new History([new Session(Exercise.PressUp, Now, [new Rep(0.3, At: Now)])]);

        Errors(history).Should().BeEmpty();
    }

    [Fact]
    public void Validate_WithoutNow_SkipsTheChecksAgainstNow()
    {
        var history = new History([new Session(Exercise.PressUp, Now.AddDays(1), [new Rep(0.3, At: Now.AddDays(2))])]);

        HistoryValidator.Instance.Validate(history).IsValid.Should().BeTrue();
        HistoryValidator.Instance.Validate(history, Now).ToInputErrors().Select(e => e.Path)
            .Should().Equal("sessions[0].startedAt", "sessions[0].reps[0].at");
    }

    [Fact]
    public void Validate_WithoutNow_StillChecksEverythingElse()
    {
        var history = new History([new Session(Exercise.PressUp, Start, [new Rep(Pain: 11, At: Start.AddMinutes(-1))])]);

        HistoryValidator.Instance.Validate(history).ToInputErrors().Should().Equal(
            new InputError("sessions[0].reps[0].range", "is required for pressUp: how far the person went, from 0 to 1"),
            new InputError("sessions[0].reps[0].pain", "must be between 0 and 10"),
            new InputError("sessions[0].reps[0].at", "must not be before the session's startedAt (2026-11-24T09:55:00Z)"));
    }

    [Fact]
    public void Validate_NullHistoryWithNow_ThrowsArgumentNullException()
    {
        var act = () => HistoryValidator.Instance.Validate(null!, Now);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("history");
    }

    // ---- everything at once ----

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOneWithItsPath()
    {
        var history = new History(
            [
                new Session(
                    Exercise.PressUp,
                    Start,
                    [new Rep(0.3, 4), new Rep(1.2, 5), new Rep(0.5, 12, DurationSeconds: 0), new Rep(Pain: -2)],
                    before: new SymptomReport(20)),
                new Session(Exercise.ProneLying, Now.AddMinutes(5), [new Rep(2)]),
            ],
            new SymptomReport(11),
            [(RedFlag)99]);

        Errors(history).Should().BeEquivalentTo(
            [
                new InputError("baseline.pain", "must be between 0 and 10"),
                new InputError("redFlags[0]", "must be one of saddleNumbness, bladderOrBowelChange, progressiveLegWeakness, fever, unexplainedWeightLoss, significantTrauma, constantNightPain, historyOfCancer"),
                new InputError("sessions[0].before.pain", "must be between 0 and 10"),
                new InputError("sessions[0].reps[1].range", "must be between 0 and 1 (a fraction of full range)"),
                new InputError("sessions[0].reps[2].pain", "must be between 0 and 10"),
                new InputError("sessions[0].reps[2].durationSeconds", "must be greater than 0 and at most 600"),
                new InputError("sessions[0].reps[3].range", "is required for pressUp: how far the person went, from 0 to 1"),
                new InputError("sessions[0].reps[3].pain", "must be between 0 and 10"),
                new InputError("sessions[1].startedAt", "must not be later than now (2026-11-24T10:55:00Z)"),
                new InputError("sessions[1].reps[0].range", "must be between 0 and 1 (a fraction of full range)"),
            ]);
    }
}
