using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class SymptomReportTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData(0, null, true)]
    [InlineData(null, SymptomLocation.None, true)]
    [InlineData(3, SymptomLocation.Back, true)]
    public void IsReported_TrueWhenPainOrLocationIsGiven(int? pain, SymptomLocation? location, bool expected)
    {
        new SymptomReport(pain, location).IsReported.Should().Be(expected);
    }

    [Fact]
    public void PainScale_IsZeroToTen()
    {
        SymptomReport.MinPain.Should().Be(0);
        SymptomReport.MaxPain.Should().Be(10);
    }
}
