using System.ComponentModel;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// Derived fact: the last rep of the open set and its response. It is unknown (and the rules that need it do not
/// fire) when the rep, or everything reported before it, said nothing comparable about the symptoms.
/// </summary>
/// <param name="Number">The rep's 1-based number in the set.</param>
/// <param name="Rep">The rep, as given.</param>
/// <param name="Response">How the symptoms after it compare with the last report before it (never <see cref="SymptomChange.Unknown"/>).</param>
/// <param name="Peripheralised">Whether it moved the symptoms down the leg.</param>
[DisplayName("last rep")]
public sealed record LastRep(int Number, Rep Rep, SymptomChange Response, bool Peripheralised)
{
    /// <summary>Gets the rep's range, if reported.</summary>
    public double? Range => Rep.Range;

    /// <summary>Gets the pain reported after the rep, if reported.</summary>
    public int? Pain => Rep.Pain;

    /// <inheritdoc />
    public override string ToString() =>
        $"LastRep {{ Number = {Number}, Range = {Formats.Of(Range)}, Pain = {Pain}, Location = {Rep.Location}, Response = {Response}, Peripheralised = {Peripheralised} }}";
}
