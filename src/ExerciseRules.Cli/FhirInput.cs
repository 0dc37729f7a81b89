using System.CommandLine;
using System.Text;
using ExerciseRules.Validation;
using ExerciseRules.Fhir;

namespace ExerciseRules.Cli;

/// <summary>
/// <c>exrules advise --fhir BUNDLE.json</c>: the history is FHIR R4 (a Bundle of one patient, read by ExerciseRules.Fhir),
/// not the wire format. Problems are named by their FHIR path (<c>Bundle.entry[3].resource.valueInteger: must be between 0 and 10</c>).
/// The file is read by the same bounded read as every other input of the command line.
/// </summary>
internal static class FhirInput
{
    /// <summary>Creates the <c>--fhir</c> flag.</summary>
    public static Option<bool> CreateOption() => new("--fhir")
    {
        Description = "HISTORY is FHIR R4 JSON (a Bundle of one patient: pain severity, exercise sessions and reps, red flags; see docs/fhir.md) instead of the wire format.",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Advises on FHIR R4 JSON (UTF-8 bytes, as the bounded read gives them), with the advisor's limits; problems carry their FHIR path.</summary>
    public static AdviceResult Advise(Advisor advisor, byte[] utf8Json, DateTimeOffset now)
    {
        string json;
        try
        {
            var bom = utf8Json.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            json = StrictUtf8.GetString(utf8Json, bom, utf8Json.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return AdviceResult.FromErrors([new InputError(InputError.RootPath, Serialization.JsonErrors.NotUtf8)]);
        }

        return FhirHistory.Parse(json, new FhirReadOptions { Limits = advisor.Limits }).Advise(advisor, now);
    }
}
