using NRules;

namespace ExerciseRules.Engine;

/// <summary>
/// NRules's fact identity, except that any two facts of a listed type are the same fact: a session holds at most
/// one of each (a second insert fails instead of silently adding a rival, e.g. a second <c>Decision</c>). Other
/// types keep NRules's default identity (<c>IIdentityProvider</c>, else equality).
/// </summary>
internal sealed class OneFactPerType(IReadOnlySet<Type> types) : IEqualityComparer<object>
{
    private readonly IEqualityComparer<object> _default = new FactIdentityComparerRegistry().DefaultFactIdentityComparer;

    public new bool Equals(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return ReferenceEquals(x, y);
        }

        var type = x.GetType();
        return types.Contains(type) ? type == y.GetType() : _default.Equals(x, y);
    }

    public int GetHashCode(object obj)
    {
        var type = obj.GetType();
        return types.Contains(type) ? type.GetHashCode() : _default.GetHashCode(obj);
    }
}
