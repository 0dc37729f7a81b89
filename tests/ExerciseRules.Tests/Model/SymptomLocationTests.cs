using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class SymptomLocationTests
{
    [Fact]
    public void Values_AreOrderedCentralToDistalAsInTheProtocol()
    {
        Enum.GetValues<SymptomLocation>().Order().Should().Equal(
            SymptomLocation.None, SymptomLocation.Back, SymptomLocation.Buttock, SymptomLocation.Thigh,
            SymptomLocation.Knee, SymptomLocation.Calf, SymptomLocation.Foot);
    }
}
