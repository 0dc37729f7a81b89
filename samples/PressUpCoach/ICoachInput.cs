using ExerciseRules.Model;

namespace PressUpCoach;

/// <summary>Where the coach's answers come from: a person at the terminal, or the demo's script.</summary>
public interface ICoachInput
{
    /// <summary>Asks how much it hurts (0–10) and how far down the symptoms reach.</summary>
    /// <param name="question">The question, e.g. "Before the set".</param>
    /// <returns>The report.</returns>
    SymptomReport AskSymptoms(string question);

    /// <summary>Asks about warning signs since the last session.</summary>
    /// <returns>The red flags reported (empty for none).</returns>
    IReadOnlyList<RedFlag> AskRedFlags();

    /// <summary>Asks how far the press-up went, after the rep.</summary>
    /// <param name="repNumber">The rep's number in the set.</param>
    /// <param name="target">The target range the advice gave, if any.</param>
    /// <returns>The range as a fraction of full range (0..1).</returns>
    double AskRange(int repNumber, double? target);

    /// <summary>Asks whether to start the next session now (after waiting until it is due).</summary>
    /// <param name="due">When the next session is due, if known.</param>
    /// <returns><see langword="true"/> to start it; <see langword="false"/> to stop coaching.</returns>
    bool AskStartNextSession(DateTimeOffset? due);
}
