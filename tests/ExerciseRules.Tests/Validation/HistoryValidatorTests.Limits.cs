using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Validation;

/// <summary>The count limits of <see cref="HistoryValidator"/>, at their boundaries (exactly at the limit passes, one over fails).</summary>
public sealed partial class HistoryValidatorTests
{
    private static readonly DateTimeOffset LimitsNow = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static ImmutableArray<Session> Sessions(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Session(Exercise.ProneLying, LimitsNow.AddDays(-30).AddMinutes(i), completed: true))];

    private static Session SessionWithReps(int reps) =>
        new(Exercise.PressUp, LimitsNow.AddHours(-1), [.. Enumerable.Repeat(new Rep(0.3, 4, SymptomLocation.Back), reps)], completed: true);

    private static ImmutableArray<RedFlag> RedFlags(int count) => [.. Enumerable.Range(0, count).Select(i => (RedFlag)(i % 8))];

    [Fact]
    public void Validate_ExactlyMaxSessions_IsValid()
    {
        var result = HistoryValidator.Instance.Validate(new History(Sessions(2_000)), LimitsNow);

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_OneSessionOverTheLimit_NamesSessions()
    {
        var result = HistoryValidator.Instance.Validate(new History(Sessions(2_001)), LimitsNow);

        result.Errors.Should().ContainSingle().Which.Should().Match<FluentValidation.Results.ValidationFailure>(e =>
            e.PropertyName == "sessions" && e.ErrorMessage == "has 2 001 sessions; at most 2 000 are allowed");
    }

    [Fact]
    public void Validate_OverTheSessionLimit_DoesNotCheckTheSessionsOneByOne()
    {
        var sessions = Sessions(3).Add(new Session(Exercise.PressUp, LimitsNow, [new Rep(2.0)]));
        var validator = new HistoryValidator(InputLimits.Default with { MaxSessions = 3 });

        var result = validator.Validate(new History(sessions), LimitsNow);

        result.Errors.Select(e => e.PropertyName).Should().Equal("sessions");
    }

    [Fact]
    public void Validate_ExactlyMaxRepsInASession_IsValid()
    {
        var result = HistoryValidator.Instance.Validate(new History([SessionWithReps(100)]), LimitsNow);

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_OneRepOverTheLimit_NamesThatSessionsReps()
    {
        var history = new History([.. Sessions(3), SessionWithReps(101)]);

        var result = HistoryValidator.Instance.Validate(history, LimitsNow);

        result.Errors.Should().ContainSingle().Which.Should().Match<FluentValidation.Results.ValidationFailure>(e =>
            e.PropertyName == "sessions[3].reps" && e.ErrorMessage == "has 101 reps; at most 100 are allowed");
    }

    [Fact]
    public void Validate_ExactlyMaxRedFlags_IsValid()
    {
        var result = HistoryValidator.Instance.Validate(new History(redFlags: RedFlags(64)), LimitsNow);

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_OneRedFlagOverTheLimit_NamesRedFlags()
    {
        var result = HistoryValidator.Instance.Validate(new History(redFlags: RedFlags(65)), LimitsNow);

        result.Errors.Should().ContainSingle().Which.Should().Match<FluentValidation.Results.ValidationFailure>(e =>
            e.PropertyName == "redFlags" && e.ErrorMessage == "has 65 red flags; at most 64 are allowed");
    }

    [Fact]
    public void Validate_HostLimits_AreTheOnesEnforced()
    {
        var validator = new HistoryValidator(new InputLimits { MaxSessions = 2, MaxRepsPerSession = 1, MaxRedFlags = 1 });

        validator.Limits.MaxSessions.Should().Be(2);
        validator.Validate(new History([SessionWithReps(1)], redFlags: RedFlags(1)), LimitsNow).Errors.Should().BeEmpty();
        validator.Validate(new History([SessionWithReps(2)], redFlags: RedFlags(2)), LimitsNow).Errors.Select(e => e.PropertyName)
            .Should().BeEquivalentTo("sessions[0].reps", "redFlags");
    }

    [Fact]
    public void Advise_AdvisorWithLimits_ReportsTheLimitAndGivesNoAdvice()
    {
        var advisor = new Advisor(limits: InputLimits.Default with { MaxRedFlags = 1 });

        var result = advisor.Advise(new History(redFlags: RedFlags(2)), LimitsNow);

        advisor.Limits.MaxRedFlags.Should().Be(1);
        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Equal("redFlags: has 2 red flags; at most 1 are allowed");
    }
}
