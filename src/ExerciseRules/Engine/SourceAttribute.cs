namespace ExerciseRules.Engine;

/// <summary>
/// The sentence of the clinical source (or the practice) a rule comes from, next to NRules's <c>[Name]</c>,
/// <c>[Description]</c>, <c>[Priority]</c> and <c>[Tag]</c>. A reader of the NRules rule definition gets it with
/// <see cref="RuleDefinitionExtensions.GetSource"/>; advice cites it for every rule that fired.
/// </summary>
/// <param name="text">The sentence, or <c>practice: ...</c> for a rule from clinical practice.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SourceAttribute(string text) : Attribute
{
    /// <summary>Gets the sentence.</summary>
    public string Text { get; } = text;
}
