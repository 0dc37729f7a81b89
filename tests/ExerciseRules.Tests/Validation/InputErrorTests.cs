using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Validation;

public sealed class InputErrorTests
{
    [Fact]
    public void ToString_IsPathColonMessage()
    {
        new InputError("sessions[0].reps[2].pain", "must be between 0 and 10").ToString()
            .Should().Be("sessions[0].reps[2].pain: must be between 0 and 10");
    }

    [Fact]
    public void RootPath_IsDollar()
    {
        InputError.RootPath.Should().Be("$");
    }

    [Fact]
    public void Equals_SamePathAndMessage_AreEqual()
    {
        new InputError("a", "b").Should().Be(new InputError("a", "b"));
        new InputError("a", "b").Should().NotBe(new InputError("a", "c"));
    }
}
