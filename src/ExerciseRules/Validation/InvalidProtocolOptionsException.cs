using System.Collections.Immutable;

namespace ExerciseRules.Validation;

/// <summary>
/// The protocol options given to an advisor or rule set are not valid. This is a configuration error, found when
/// the advisor is built: the message lists every problem in one go, each with the option's name.
/// </summary>
public sealed class InvalidProtocolOptionsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every problem.</param>
    public InvalidProtocolOptionsException(ImmutableArray<InputError> errors)
        : base($"The protocol options are not valid: {string.Join("; ", errors)}. Fix these options (see ProtocolOptions for what each means).", "options")
    {
        Errors = errors;
    }

    /// <summary>Gets every problem.</summary>
    public ImmutableArray<InputError> Errors { get; }
}
