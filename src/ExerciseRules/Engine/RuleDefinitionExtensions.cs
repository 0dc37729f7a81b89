using System.Reflection;
using NRules.Fluent;
using NRules.RuleModel;

namespace ExerciseRules.Engine;

/// <summary>What ExerciseRules reads from an NRules rule definition beyond NRules's own metadata.</summary>
public static class RuleDefinitionExtensions
{
    /// <summary>Gets the source sentence of a rule defined with NRules's fluent DSL (its <see cref="SourceAttribute"/>).</summary>
    /// <param name="definition">The rule definition.</param>
    /// <returns>The sentence, or an empty string when the rule cites none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string GetSource(this IRuleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return ClrTypeOf(definition)?.GetCustomAttribute<SourceAttribute>()?.Text ?? string.Empty;
    }

    /// <summary>Gets the stage a rule's <c>[Tag]</c> names, if exactly one.</summary>
    /// <param name="definition">The rule definition.</param>
    /// <param name="stage">The stage.</param>
    /// <returns><see langword="true"/> when the rule is tagged with exactly one stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static bool TryGetStage(this IRuleDefinition definition, out RuleStage stage)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return RuleStages.TryFromTags(definition.Tags, out stage);
    }

    internal static Type? ClrTypeOf(IRuleDefinition definition) =>
        definition.Properties.TryGetProperty(RuleProperties.ClrType, out var property) ? property.Value as Type : null;
}
