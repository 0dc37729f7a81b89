using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol.Facts;

public sealed class ReportedRedFlagsTests
{
    [Theory]
    [InlineData(new RedFlag[0], false, false)]
    [InlineData(new[] { RedFlag.SaddleNumbness }, true, false)]
    [InlineData(new[] { RedFlag.Fever }, false, true)]
    [InlineData(new[] { RedFlag.Fever, RedFlag.BladderOrBowelChange }, true, true)]
    public void AnyEmergencyAndAnyUrgent_Flags_TellTheKindsApart(RedFlag[] flags, bool emergency, bool urgent)
    {
        var reported = new ReportedRedFlags([.. flags]);

        reported.AnyEmergency.Should().Be(emergency);
        reported.AnyUrgent.Should().Be(urgent);
    }

    [Fact]
    public void AnyEmergencyAndAnyUrgent_DefaultArray_None()
    {
        var reported = new ReportedRedFlags(default);

        reported.AnyEmergency.Should().BeFalse();
        reported.AnyUrgent.Should().BeFalse();
    }

    [Fact]
    public void ToString_Flags_ListsThem()
    {
        new ReportedRedFlags([RedFlag.Fever, RedFlag.SaddleNumbness]).ToString().Should().Be("ReportedRedFlags { Flags = [Fever, SaddleNumbness] }");
    }

    [Fact]
    public void ToString_DefaultOrEmpty_ListsNone()
    {
        new ReportedRedFlags(default).ToString().Should().Be("ReportedRedFlags { Flags = [] }");
        new ReportedRedFlags(ImmutableArray<RedFlag>.Empty).ToString().Should().Be("ReportedRedFlags { Flags = [] }");
    }
}
