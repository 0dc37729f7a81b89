using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Validation;

public sealed class InputLimitsTests
{
    [Fact]
    public void Default_HasTheDocumentedLimits()
    {
        var limits = InputLimits.Default;

        limits.MaxDocumentBytes.Should().Be(8 * 1024 * 1024);
        limits.MaxSessions.Should().Be(2_000);
        limits.MaxRepsPerSession.Should().Be(100);
        limits.MaxRedFlags.Should().Be(64);
    }

    [Fact]
    public void Default_AllowsASetOfTheMostRepsTheProtocolOptionsAllow()
    {
        var result = ProtocolOptionsValidator.Instance.Validate(ExerciseRules.Model.ProtocolOptions.Default with { MaxReps = InputLimits.Default.MaxRepsPerSession + 1 });

        result.IsValid.Should().BeFalse("no valid maxReps asks for more reps than a session may hold");
    }

    [Fact]
    public void With_ChangesOnlyWhatItNames()
    {
        var limits = InputLimits.Default with { MaxSessions = 10_000 };

        limits.MaxSessions.Should().Be(10_000);
        limits.MaxDocumentBytes.Should().Be(InputLimits.Default.MaxDocumentBytes);
        limits.Should().NotBe(InputLimits.Default);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Init_LessThanOne_Throws(int value)
    {
        var acts = new Action[]
        {
            () => _ = new InputLimits { MaxDocumentBytes = value },
            () => _ = new InputLimits { MaxSessions = value },
            () => _ = new InputLimits { MaxRepsPerSession = value },
            () => _ = new InputLimits { MaxRedFlags = value },
        };

        foreach (var act in acts)
        {
            act.Should().Throw<ArgumentOutOfRangeException>();
        }
    }

    [Fact]
    public void Init_One_IsAllowed()
    {
        var limits = new InputLimits { MaxDocumentBytes = 1, MaxSessions = 1, MaxRepsPerSession = 1, MaxRedFlags = 1 };

        limits.MaxDocumentBytes.Should().Be(1);
        limits.MaxRedFlags.Should().Be(1);
    }
}
