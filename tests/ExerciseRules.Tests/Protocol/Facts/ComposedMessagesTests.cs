using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol.Facts;

public sealed class ComposedMessagesTests
{
    [Fact]
    public void Add_Codes_KeptOnceInTheOrderFirstAdded()
    {
        var messages = new ComposedMessages();

        messages.Add(MessageCodes.Centralising);
        messages.Add(MessageCodes.ReportSymptoms);
        messages.Add(MessageCodes.Centralising);

        messages.Codes.Should().Equal(MessageCodes.Centralising, MessageCodes.ReportSymptoms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Add_BlankCode_ThrowsArgumentException(string code)
    {
        var messages = new ComposedMessages();

        var act = () => messages.Add(code);

        act.Should().Throw<ArgumentException>().WithParameterName("code");
        messages.Codes.Should().BeEmpty();
    }

    [Fact]
    public void Add_NullCode_ThrowsArgumentNullException()
    {
        var act = () => new ComposedMessages().Add(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void ToString_Codes_ListsThemInOrder()
    {
        var messages = new ComposedMessages();
        messages.Add(MessageCodes.MoveSlowly);
        messages.Add(MessageCodes.NotMedicalAdvice);

        messages.ToString().Should().Be("ComposedMessages [moveSlowly, notMedicalAdvice]");
        new ComposedMessages().ToString().Should().Be("ComposedMessages []");
    }
}
