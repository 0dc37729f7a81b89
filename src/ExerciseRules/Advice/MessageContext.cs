using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules;

/// <summary>What a message text may draw on: the decision, the protocol options and the episode.</summary>
/// <param name="Decision">The decision the advice carries.</param>
/// <param name="Options">The protocol options in force.</param>
/// <param name="Episode">What the episode says at the moment of advice.</param>
public sealed record MessageContext(Decision Decision, ProtocolOptions Options, Episode Episode);
