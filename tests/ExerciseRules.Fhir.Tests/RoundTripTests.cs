using ExerciseRules.Fhir.Tests.Support;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Fhir.Tests;

/// <summary>A history written as FHIR and read back is the same history, for every shipped example history.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(Repository.PathOf("docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void ToBundle_ThenParse_GivesTheSameHistory(string file)
    {
        var history = ExerciseRulesJson.ParseHistory(Repository.ReadText("docs", "examples", file)).GetValueOrThrow();
        var options = FhirWriteOptions.Default with { BaselineReportedAt = history.Sessions.IsEmpty ? new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero) : null };

        var read = FhirHistory.Parse(FhirHistory.ToJson(history, options));

        read.Errors.Should().BeEmpty();
        read.History.Should().Be(history);
        read.Patient.Should().Be("Patient/example");
    }
}
