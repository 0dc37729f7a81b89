namespace ExerciseRules.Engine;

/// <summary>
/// A fact that says the fact of type <typeparamref name="T"/> cannot be known, and why: unknown is a state, not a
/// silent false. A rule that needs a <typeparamref name="T"/> does not fire (there is none); a rule that wants none
/// should also exclude this (see <see cref="RuleDsl.Absent{TFact}"/>); a rule may match it to act on the gap
/// (e.g. ask for the missing report). The explanation of every rule that needed the fact quotes
/// <see cref="Reason"/>.
/// </summary>
/// <typeparam name="T">The type of the fact that is unknown.</typeparam>
/// <param name="Reason">Why it is unknown, in words a therapist can read, e.g. <c>rep 3 reported neither pain nor location</c>.</param>
public sealed record Unknown<T>(string Reason) : IUnknownFact
    where T : class
{
    /// <inheritdoc />
    Type IUnknownFact.FactType => typeof(T);

    /// <inheritdoc />
    public override string ToString() => $"{typeof(T).Name} unknown: {Reason}";
}
