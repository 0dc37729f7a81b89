using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Protocol.Tests.Generators;

/// <summary>One generated input: options, a history valid for <see cref="Now"/>, and the moment of advice.</summary>
/// <param name="Options">Valid protocol options.</param>
/// <param name="History">A valid history.</param>
/// <param name="Now">The moment of advice, not before any time in the history.</param>
public sealed record ProtocolCase(ProtocolOptions Options, History History, DateTimeOffset Now)
{
    /// <summary>Gets the session under way if the latest session is still open at <see cref="Now"/>.</summary>
    public Session? OpenSession =>
        History.Sessions.Length > 0 && Oracle.ProtocolOracle.IsOpen(History.Sessions[^1], Now, Options) ? History.Sessions[^1] : null;

    /// <summary>Prints the case as the three inputs of <c>exrules advise</c>, to paste into a regression test.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"""

        now: {Now.ToString("O", CultureInfo.InvariantCulture)}
        options: {ExerciseRulesJson.Serialize(Options).ReplaceLineEndings(" ")}
        history: {ExerciseRulesJson.Serialize(History).ReplaceLineEndings(" ")}
        """;
}
