using System.ComponentModel;
namespace ExerciseRules.Protocol;

/// <summary>
/// The message codes compose-stage rules add to the advice, in the order they are added. One instance is inserted
/// into each evaluation; unlike the other facts it is a collector that rules add to, so adding a code does not
/// make other rules fire again. A code is kept once, however often it is added.
/// </summary>
[DisplayName("composed messages")]
public sealed class ComposedMessages
{
    private readonly List<string> _codes = [];

    /// <summary>Gets the codes in the order they were first added.</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>Adds a message code, unless it is already there.</summary>
    /// <param name="code">The code, e.g. <see cref="MessageCodes.Centralising"/>.</param>
    public void Add(string code)
    {
        Preconditions.CheckNotBlank(code);
        if (!_codes.Contains(code))
        {
            _codes.Add(code);
        }
    }

    /// <summary>Removes every code, so the collector can be reused for another evaluation.</summary>
    internal void Clear() => _codes.Clear();

    /// <inheritdoc />
    public override string ToString() => $"ComposedMessages [{string.Join(", ", _codes)}]";
}
