using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Validation;

public sealed class InvalidInputExceptionTests
{
    [Fact]
    public void Message_ListsSubjectThenOneProblemPerLine()
    {
        var ex = new InvalidInputException("The history", [new InputError("sessions[0].reps[2].pain", "must be between 0 and 10"), new InputError("$", "is empty: expected a JSON object")]);

        ex.Message.Should().Be(
            "The history is not valid:" + Environment.NewLine +
            "sessions[0].reps[2].pain: must be between 0 and 10" + Environment.NewLine +
            "$: is empty: expected a JSON object");
        ex.Errors.Should().HaveCount(2);
    }
}
