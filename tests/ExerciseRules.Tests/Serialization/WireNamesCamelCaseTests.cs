using System.Text.Json;
using ExerciseRules.Serialization;

namespace ExerciseRules.Tests.Serialization;

/// <summary>WireNames names enum values without System.Text.Json (start-up and per-advice cost), exactly as its camelCase policy would.</summary>
public sealed class WireNamesCamelCaseTests
{
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var type in typeof(Advisor).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            foreach (var name in Enum.GetNames(type))
            {
                names.Add(name);
            }
        }

        foreach (var name in new[] { "", "a", "A", "AB", "ABc", "URLValue", "IPAddress", "X Y", "AB C", "already", "Ünïcode", "I", "IO" })
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CamelCase_AnyName_IsWhatTheJsonNamingPolicyGives(string name) =>
        WireNames.CamelCase(name).Should().Be(JsonNamingPolicy.CamelCase.ConvertName(name));

    [Fact]
    public void Of_EveryLibraryEnumValue_IsItsJsonName()
    {
        WireNames.Of(AdviceStep.SeekUrgentCare).Should().Be("seekUrgentCare");
        WireNames.Of(ExerciseRules.Model.Exercise.ProneOnElbows).Should().Be("proneOnElbows");
        WireNames.Of((ExerciseRules.Model.Exercise)42).Should().Be("42");
    }
}
