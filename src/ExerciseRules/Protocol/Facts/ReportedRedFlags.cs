using System.ComponentModel;
using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>Input fact: the red flags the person has reported.</summary>
/// <param name="Flags">The flags, as reported.</param>
[DisplayName("red flags")]
public sealed record ReportedRedFlags(ImmutableArray<RedFlag> Flags)
{
    /// <summary>Gets whether any flag calls for emergency care.</summary>
    public bool AnyEmergency => Any(emergency: true);

    /// <summary>Gets whether any flag calls for an urgent review.</summary>
    public bool AnyUrgent => Any(emergency: false);

    // A loop over the span: LINQ over an ImmutableArray would box it and allocate an enumerator on every rule check.
    private bool Any(bool emergency)
    {
        foreach (var flag in Flags.AsSpan())
        {
            if (RedFlags.IsEmergency(flag) == emergency)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"ReportedRedFlags {{ Flags = [{string.Join(", ", Flags.IsDefault ? [] : Flags)}] }}";
}
