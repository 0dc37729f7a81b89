using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Validation;

public sealed class InvalidProtocolOptionsExceptionTests
{
    [Fact]
    public void Message_SeveralErrors_ListsThemAllSeparatedBySemicolons()
    {
        var ex = new InvalidProtocolOptionsException([new InputError("maxReps", "must be between 1 and 100"), new InputError("restSeconds", "must be between 1 and 600")]);

        ex.Message.Should().Be(
            "The protocol options are not valid: maxReps: must be between 1 and 100; restSeconds: must be between 1 and 600. " +
            "Fix these options (see ProtocolOptions for what each means). (Parameter 'options')");
        ex.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Advisor_InvalidOptions_ThrowsItBeforeAnyAdvice()
    {
        var act = () => new Advisor(ProtocolOptions.Default with { MinReps = 20 });

        act.Should().ThrowExactly<InvalidProtocolOptionsException>()
            .Which.Errors.Should().Equal(new InputError("minReps", "must not be greater than maxReps (15)"));
    }
}
