using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Protocol;

/// <summary>
/// The press-up protocol as a rule set: every derived fact, decision and message of PROTOCOL.md, each a rule that
/// cites its source sentence. The rules capture the options' numbers, so build one rule set per set of options.
/// </summary>
public static class PressUpProtocol
{
    /// <summary>Creates the protocol's rules.</summary>
    /// <param name="options">The protocol options; <see langword="null"/> for <see cref="ProtocolOptions.Default"/>.</param>
    /// <returns>The rules, derive stage first.</returns>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    public static IReadOnlyList<Rule> CreateRules(ProtocolOptions? options = null)
    {
        options ??= ProtocolOptions.Default;
        OptionsCheck.ThrowIfInvalid(options);
        return [.. DeriveRules.All(options), .. DecideRules.All(options), .. ComposeRules.All(options)];
    }

    /// <summary>Creates and compiles the protocol's rules.</summary>
    /// <param name="options">The protocol options; <see langword="null"/> for <see cref="ProtocolOptions.Default"/>.</param>
    /// <param name="ruleSetOptions">Engine settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    public static RuleSet Compile(ProtocolOptions? options = null, RuleSetOptions? ruleSetOptions = null) =>
        RuleSet.Compile(CreateRules(options), ruleSetOptions);
}
