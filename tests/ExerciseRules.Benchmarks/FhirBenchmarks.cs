using BenchmarkDotNet.Attributes;
using ExerciseRules.Fhir;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// Reading the same history as FHIR R4 (ExerciseRules.Fhir: pre-scan, Firely deserializer, mapping, validation)
/// against reading it in the wire format (the baseline), for a day and four days of sessions. Both reads are checked
/// to give the same history before anything is timed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FhirReadBenchmarks
{
    private string _wire = string.Empty;
    private string _fhir = string.Empty;

    [Params(12, 48)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (history, _) = Histories.Build(Sessions);
        _wire = ExerciseRulesJson.Serialize(history);
        _fhir = FhirHistory.ToJson(history);
        var fromFhir = FhirHistory.Parse(_fhir).GetHistoryOrThrow();
        if (fromFhir != ExerciseRulesJson.ParseHistory(_wire).GetValueOrThrow())
        {
            throw new InvalidOperationException("The FHIR and wire-format reads disagree.");
        }

        Console.WriteLine($"// {Sessions} sessions: wire format {_wire.Length:N0} chars, FHIR Bundle {_fhir.Length:N0} chars");
    }

    [Benchmark(Baseline = true, Description = "read: wire format")]
    public History Wire() => ExerciseRulesJson.ParseHistory(_wire).Value!;

    [Benchmark(Description = "read: FHIR R4 Bundle")]
    public History Fhir() => FhirHistory.Parse(_fhir).History!;
}
