using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>Input fact: the red flags the person has reported.</summary>
/// <param name="Flags">The flags, as reported.</param>
public sealed record ReportedRedFlags(ImmutableArray<RedFlag> Flags)
{
    /// <summary>Gets whether any flag calls for emergency care.</summary>
    public bool AnyEmergency => !Flags.IsDefault && Flags.Any(RedFlags.IsEmergency);

    /// <summary>Gets whether any flag calls for an urgent review.</summary>
    public bool AnyUrgent => !Flags.IsDefault && Flags.Any(f => !RedFlags.IsEmergency(f));

    /// <inheritdoc />
    public override string ToString() => $"ReportedRedFlags {{ Flags = [{string.Join(", ", Flags.IsDefault ? [] : Flags)}] }}";
}
