using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class SessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 55, 0, TimeSpan.Zero);

    private static Session Build() => new(
        Exercise.PressUp,
        Start,
        [new Rep(0.3, 4, SymptomLocation.Buttock, 3, Start.AddMinutes(1)), new Rep(0.4)],
        completed: true,
        before: new SymptomReport(5, SymptomLocation.Thigh),
        after: new SymptomReport(3, SymptomLocation.Back));

    public static TheoryData<string, Session> Variants() => new()
    {
        { "exercise", Build() with { Exercise = Exercise.ProneOnElbows } },
        { "startedAt", Build() with { StartedAt = Start.AddSeconds(1) } },
        { "reps order", Build() with { Reps = [new Rep(0.4), new Rep(0.3, 4, SymptomLocation.Buttock, 3, Start.AddMinutes(1))] } },
        { "reps count", Build() with { Reps = [new Rep(0.3, 4, SymptomLocation.Buttock, 3, Start.AddMinutes(1))] } },
        { "rep value", Build() with { Reps = [new Rep(0.3, 4, SymptomLocation.Buttock, 3, Start.AddMinutes(1)), new Rep(0.5)] } },
        { "completed", Build() with { Completed = false } },
        { "before", Build() with { Before = new SymptomReport(5) } },
        { "after", Build() with { After = null } },
    };

    [Fact]
    public void Equals_SeparatelyBuiltEqualSessions_AreEqualWithEqualHashCodes()
    {
        var a = Build();
        var b = Build();

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Equals_AnyValueDiffers_AreNotEqual(string what, Session variant)
    {
        Build().Equals(variant).Should().BeFalse(what);
    }

    [Fact]
    public void Equals_SameInstantInAnotherOffset_AreEqualWithEqualHashCodes()
    {
        var a = Build();
        var b = a with { StartedAt = Start.ToOffset(TimeSpan.FromHours(1)) };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Constructor_DefaultReps_AreNormalisedToEmpty()
    {
        var session = new Session(Exercise.ProneLying, Start);

        session.Reps.IsDefault.Should().BeFalse();
        session.Reps.Should().BeEmpty();
        session.Completed.Should().BeFalse();
        session.Before.Should().BeNull();
        session.After.Should().BeNull();
        session.Should().Be(new Session(Exercise.ProneLying, Start, []));
    }

    [Fact]
    public void With_DefaultReps_AreNormalisedToEmpty()
    {
        var session = Build() with { Reps = default };

        session.Reps.IsDefault.Should().BeFalse();
        session.Reps.Should().BeEmpty();
    }
}
