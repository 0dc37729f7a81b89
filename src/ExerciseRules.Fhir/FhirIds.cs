using System.Text.RegularExpressions;

namespace ExerciseRules.Fhir;

/// <summary>FHIR ids: <c>[A-Za-z0-9\-\.]{1,64}</c>.</summary>
internal static partial class FhirIds
{
    public static bool IsId(string? value) => value is not null && Id().IsMatch(value);

    [GeneratedRegex(@"\A[A-Za-z0-9\-\.]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Id();
}
