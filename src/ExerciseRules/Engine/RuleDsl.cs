using System.Linq.Expressions;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Engine;

/// <summary>Conditions the protocol's rules need that NRules's fluent DSL does not have as one verb.</summary>
public static class RuleDsl
{
    /// <summary>
    /// Neither a fact of type <typeparamref name="TFact"/> (that meets the conditions) nor an
    /// <see cref="Unknown{T}"/> of it: "no <typeparamref name="TFact"/>" must not be read into a fact that merely could
    /// not be known.
    /// </summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="lhs">The rule's conditions.</param>
    /// <param name="conditions">Conditions a present fact must meet to count.</param>
    /// <returns>The conditions, for chaining.</returns>
    public static ILeftHandSideExpression Absent<TFact>(this ILeftHandSideExpression lhs, params Expression<Func<TFact, bool>>[] conditions)
        where TFact : class
    {
        ArgumentNullException.ThrowIfNull(lhs);
        return lhs.Not(conditions).Not<Unknown<TFact>>();
    }
}
