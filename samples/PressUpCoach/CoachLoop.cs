using ExerciseRules;
using ExerciseRules.Model;
using Spectre.Console;

namespace PressUpCoach;

/// <summary>
/// Coaches a person through the programme: before each set it asks about warning signs and symptoms, after each rep
/// the range and symptoms, and it shows the advice after every event, until a set ends and the person stops, or
/// the advice is to get help.
/// </summary>
public sealed class CoachLoop
{
    private readonly IAnsiConsole _console;
    private readonly ICoachInput _input;
    private readonly CoachSession _coach;

    /// <summary>Creates the loop.</summary>
    /// <param name="console">Where the advice is shown.</param>
    /// <param name="input">Where the answers come from.</param>
    /// <param name="coach">The episode and the advisor.</param>
    public CoachLoop(IAnsiConsole console, ICoachInput input, CoachSession coach)
    {
        _console = console ?? throw new ArgumentNullException(nameof(console));
        _input = input ?? throw new ArgumentNullException(nameof(input));
        _coach = coach ?? throw new ArgumentNullException(nameof(coach));
    }

    /// <summary>Runs the coach until the person stops or the advice is to get help.</summary>
    public void Run()
    {
        if (_coach.Baseline is null)
        {
            _coach.SetBaseline(_input.AskSymptoms("Before you start the programme: how is your back today?"));
        }

        var advice = _coach.Advise();
        var shown = false;
        while (true)
        {
            switch (advice.Step)
            {
                case AdviceStep.SeekUrgentCare or AdviceStep.ContactTherapist:
                    if (!shown)
                    {
                        Show(advice);
                    }

                    _console.MarkupLine("[bold]The coach stops here.[/] Follow the advice above before you exercise again.");
                    return;

                case AdviceStep.NextSession:
                    if (!shown)
                    {
                        Show(advice);
                    }

                    if (!_input.AskStartNextSession(advice.NextSessionDue))
                    {
                        _console.MarkupLine("Rest well. Come back when your next session is due.");
                        return;
                    }

                    (advice, shown) = (RunSet(advice.Exercise ?? Exercise.ProneLying), true);
                    break;

                case AdviceStep.StartSet:
                    (advice, shown) = (RunSet(advice.Exercise ?? Exercise.ProneLying), true);
                    break;

                default:
                    // A set already under way in the history given at the start: carry on with it.
                    Show(advice);
                    (advice, shown) = (RunReps(advice, _coach.LatestExercise!.Value), true);
                    break;
            }
        }
    }

    private Advice RunSet(Exercise exercise)
    {
        _console.Write(new Rule($"[bold]A set of {Markup.Escape(Words.Exercise(exercise))}[/]").LeftJustified());
        var flags = _input.AskRedFlags();
        var before = _input.AskSymptoms("Before the set: how is your back right now?");
        var advice = _coach.StartSession(exercise, before, flags);
        Show(advice);
        return RunReps(advice, exercise);
    }

    private Advice RunReps(Advice advice, Exercise exercise)
    {
        while (advice.Step is AdviceStep.StartSet or AdviceStep.ProgressRange or AdviceStep.ReduceRange or AdviceStep.HoldRange)
        {
            var number = _coach.RepsInLatestSession + 1;
            // The range is required for the press-up and optional for the two lying positions.
            double? range = exercise == Exercise.PressUp ? _input.AskRange(number, advice.TargetRange) : null;
            var symptoms = _input.AskSymptoms($"After rep {number}: how is it now?");
            advice = _coach.AddRep(new Rep(range, symptoms.Pain, symptoms.Location));
            Show(advice);
        }

        if (advice.Step is AdviceStep.FinishSet or AdviceStep.StopSet)
        {
            var after = _input.AskSymptoms("After the set, once you are up: how is your back?");
            advice = _coach.FinishSession(after);
            Show(advice);
        }

        return advice;
    }

    private void Show(Advice advice) => AdviceView.Show(_console, advice, _coach.Options, _coach.Now);
}
