using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol;

public sealed class MessageCodesTests
{
    [Theory]
    [InlineData(AdviceStep.SeekUrgentCare, "seekUrgentCare")]
    [InlineData(AdviceStep.ContactTherapist, "contactTherapist")]
    [InlineData(AdviceStep.StopSet, "stopSet")]
    [InlineData(AdviceStep.FinishSet, "finishSet")]
    [InlineData(AdviceStep.ReduceRange, "reduceRange")]
    [InlineData(AdviceStep.HoldRange, "holdRange")]
    [InlineData(AdviceStep.ProgressRange, "progressRange")]
    [InlineData(AdviceStep.StartSet, "startSet")]
    [InlineData(AdviceStep.NextSession, "nextSession")]
    public void ForStep_EachStep_IsItsWireName(AdviceStep step, string code)
    {
        MessageCodes.ForStep(step).Should().Be(code);
    }

    [Fact]
    public void ForStep_UndefinedStep_ThrowsNamingTheValue()
    {
        var act = () => MessageCodes.ForStep((AdviceStep)42);

        var ex = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        ex.ParamName.Should().Be("step");
        ex.ActualValue.Should().Be((AdviceStep)42);
        ex.Message.Should().StartWith("Value should be a defined AdviceStep.");
    }
}
