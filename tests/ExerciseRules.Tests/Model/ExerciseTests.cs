using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class ExerciseTests
{
    [Fact]
    public void Values_AreOrderedByProgressionAsInTheProtocol()
    {
        Enum.GetValues<Exercise>().Order().Should().Equal(Exercise.ProneLying, Exercise.ProneOnElbows, Exercise.PressUp);
    }
}
