using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class RepTests
{
    [Fact]
    public void Constructor_NothingGiven_EveryFieldIsNull()
    {
        var rep = new Rep();

        rep.Range.Should().BeNull();
        rep.Pain.Should().BeNull();
        rep.Location.Should().BeNull();
        rep.DurationSeconds.Should().BeNull();
        rep.At.Should().BeNull();
        rep.Symptoms.IsReported.Should().BeFalse();
    }

    [Fact]
    public void Symptoms_AreThePainAndLocationOfTheRep()
    {
        new Rep(0.5, 4, SymptomLocation.Calf).Symptoms.Should().Be(new SymptomReport(4, SymptomLocation.Calf));
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        var at = new DateTimeOffset(2026, 11, 24, 9, 55, 0, TimeSpan.Zero);

        new Rep(0.5, 4, SymptomLocation.Calf, 2, at).Should().Be(new Rep(0.5, 4, SymptomLocation.Calf, 2, at));
        new Rep(0.5, 4).Should().NotBe(new Rep(0.5, 5));
        new Rep(0.5).Should().NotBe(new Rep(0.6));
    }
}
