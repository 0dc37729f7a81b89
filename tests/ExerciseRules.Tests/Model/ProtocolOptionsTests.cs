using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class ProtocolOptionsTests
{
    [Fact]
    public void Default_EveryValue_IsTheBracketedNumberOfProtocolMd()
    {
        var options = ProtocolOptions.Default;

        options.IntensifyingPainDelta.Should().Be(1);
        options.ImprovementPoints.Should().Be(2);
        options.ImprovementPercent.Should().Be(30);
        options.PersistDays.Should().Be(3);
        options.MinSessionsPerDay.Should().Be(3);
        options.ReviewDays.Should().Be(14);
        options.ConsecutiveWorseLimit.Should().Be(3);
        options.MaxReps.Should().Be(15);
        options.MinReps.Should().Be(10);
        options.RestSeconds.Should().Be(5);
        options.MinRange.Should().Be(0.1);
        options.RangeStep.Should().Be(0.1);
        options.StartRange.Should().Be(0.3);
        options.SessionInterval.Should().Be(TimeSpan.FromHours(2));
        options.SessionTimeout.Should().Be(TimeSpan.FromMinutes(30));
        options.MinRepSeconds.Should().Be(2);
        options.RequireProgression.Should().BeTrue();
    }

    [Fact]
    public void New_EqualsDefault()
    {
        new ProtocolOptions().Should().Be(ProtocolOptions.Default);
        new ProtocolOptions().GetHashCode().Should().Be(ProtocolOptions.Default.GetHashCode());
    }

    [Fact]
    public void With_OneChange_ChangesOnlyThatAndLeavesDefaultAlone()
    {
        var changed = ProtocolOptions.Default with { MaxReps = 12 };

        changed.MaxReps.Should().Be(12);
        changed.Should().NotBe(ProtocolOptions.Default);
        (changed with { MaxReps = 15 }).Should().Be(ProtocolOptions.Default);
        ProtocolOptions.Default.MaxReps.Should().Be(15);
    }
}
