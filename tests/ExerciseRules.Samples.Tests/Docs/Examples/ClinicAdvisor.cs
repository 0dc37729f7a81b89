// begin-snippet: clinic-advisor
using ExerciseRules;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Validation;

namespace Clinic;

/// <summary>Advice from the press-up protocol's rules and the clinic's, run by the library's engine.</summary>
public sealed class ClinicAdvisor
{
    private readonly ProtocolOptions _options;
    private readonly MessageTexts _texts;
    private readonly RuleSet _rules;

    /// <summary>Creates the advisor; like the library's <see cref="Advisor"/>, build it once and share it.</summary>
    /// <param name="options">The protocol options (checked here: invalid ones throw).</param>
    /// <param name="texts">The words of the messages, including the clinic's own codes.</param>
    /// <param name="highPain">The pain from which the clinic's message is shown.</param>
    public ClinicAdvisor(ProtocolOptions options, MessageTexts texts, int highPain)
    {
        _options = options;
        _texts = texts;
        // One rule set of both: compiled once, immutable and thread-safe. Rule names must be unique across it.
        _rules = RuleSet.Compile([.. PressUpProtocol.CreateRules(options), .. ClinicRules.All(highPain)]);
    }

    /// <summary>Advises on a history.</summary>
    /// <param name="history">The history.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice.</returns>
    /// <exception cref="InvalidInputException">The history is not valid; the exception names every bad field.</exception>
    public Advice Advise(History history, DateTimeOffset now)
    {
        // 1. Validate: bad input never yields advice.
        var validation = HistoryValidator.Instance.Validate(history, now);
        if (!validation.IsValid)
        {
            throw new InvalidInputException("The history", [.. validation.Errors.Select(e => new InputError(e.PropertyName, e.ErrorMessage))]);
        }

        // 2. Measure the input facts, and insert them with the collector the compose rules add message codes to.
        var measurement = EpisodeMeasurement.Of(history, now, _options);
        var session = _rules.CreateSession();
        measurement.InsertInto(session);
        var messages = new ComposedMessages();
        session.Insert(messages);

        // 3. Run the stages: derive, decide, compose (session.Fire(trace: true) would also explain it).
        session.Fire();

        // 4. Read the decision and put the words to the message codes.
        var decision = session.Get<Decision>();
        var context = new MessageContext(decision, _options, measurement.Episode);
        return new Advice(decision.Step, decision.Urgency)
        {
            Exercise = decision.Exercise,
            TargetRange = decision.TargetRange,
            RestSeconds = decision.RestSeconds,
            RepsDone = decision.RepsDone,
            RepsRemaining = decision.RepsRemaining,
            NextSessionDue = decision.NextSessionDue,
            Messages = [.. messages.Codes.Select(code => new AdviceMessage(code, _texts.Render(code, context)))],
            FiredRules = [.. session.FiredRules.Select(rule => FiredRule.From(rule.Metadata))],
        };
    }
}
// end-snippet
