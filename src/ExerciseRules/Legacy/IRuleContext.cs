using System.Diagnostics.CodeAnalysis;

namespace ExerciseRules.Legacy;

/// <summary>
/// What a rule's action can do: read facts and change them. Changing a fact lets rules that match it fire
/// (forward chaining) and restarts the current stage from its highest-priority rule.
/// </summary>
internal interface IRuleContext
{
    /// <summary>Gets the rule whose action is running.</summary>
    Rule Rule { get; }

    /// <summary>Adds a fact. The session holds one fact per type.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="fact">The fact.</param>
    /// <exception cref="InvalidOperationException">The session already holds a fact of this type (known or unknown); call <see cref="Update{T}(T)"/> to replace it.</exception>
    void Insert<T>(T fact)
        where T : class;

    /// <summary>Records that the fact of type <typeparamref name="T"/> is unknown; conditions that need it will not match, and the trace says why.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="reason">Why the fact is unknown, in words a reader of the trace understands (e.g. "the last rep reported no symptoms").</param>
    /// <exception cref="InvalidOperationException">The session already holds a fact of this type.</exception>
    void InsertUnknown<T>(string reason)
        where T : class;

    /// <summary>Replaces the fact of type <typeparamref name="T"/> (known or unknown) with <paramref name="fact"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="fact">The new fact.</param>
    /// <exception cref="InvalidOperationException">The session holds no fact of this type; call <see cref="Insert{T}(T)"/> to add it.</exception>
    void Update<T>(T fact)
        where T : class;

    /// <summary>Removes the fact of type <typeparamref name="T"/>, known or unknown, if there is one.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns><see langword="true"/> if a fact was removed.</returns>
    bool Retract<T>()
        where T : class;

    /// <summary>Gets the known fact of type <typeparamref name="T"/>, if there is one.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="fact">The fact, when known.</param>
    /// <returns><see langword="true"/> if the fact is known.</returns>
    bool TryGet<T>([MaybeNullWhen(false)] out T fact)
        where T : class;

    /// <summary>Gets the known fact of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The fact.</returns>
    /// <exception cref="InvalidOperationException">The fact is absent or unknown; use <see cref="TryGet{T}(out T)"/> when it may be.</exception>
    T Get<T>()
        where T : class;

    /// <summary>Gets whether the fact of type <typeparamref name="T"/> is absent, known or unknown.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The state of the fact.</returns>
    FactState GetState<T>()
        where T : class;
}
