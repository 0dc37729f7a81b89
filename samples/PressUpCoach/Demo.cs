using System.Collections.Immutable;
using System.Globalization;
using ExerciseRules;
using ExerciseRules.Model;
using Spectre.Console;

namespace PressUpCoach;

/// <summary>
/// A scripted episode that needs no input: the coach as a person would see it, with a fixed clock so the output
/// is the same on every run. Yesterday the person tolerated lying on the stomach and propping up on the elbows;
/// today they do their first press-up set (reps that progress, one that intensifies, symptoms that centralise, the
/// end of the set), and before the next session they report a red flag.
/// </summary>
public static class Demo
{
    /// <summary>The moment the demo starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the demo.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="advisor">The advisor; <see langword="null"/> for one with the default protocol options.</param>
    public static void Run(IAnsiConsole console, Advisor? advisor = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var clock = new DemoClock(Start);
        advisor ??= new Advisor(ProtocolOptions.Default, clock);
        var coach = new CoachSession(advisor, clock, Yesterday());

        AdviceView.Welcome(console);
        console.MarkupLine("[grey](demo: a scripted episode with a fixed clock; the person's answers are shown after '>')[/]");
        console.MarkupLine($"[grey]Baseline: {Markup.Escape(Words.Symptoms(coach.Baseline!))}. Yesterday: a set lying on the stomach and a set propped up on the elbows, both tolerated.[/]");
        console.WriteLine();

        new CoachLoop(console, new DemoInput(console, clock), coach).Run();
    }

    /// <summary>Gets the history the demo starts from: a baseline and yesterday's two tolerated sets.</summary>
    /// <returns>The history.</returns>
    public static History Yesterday()
    {
        var lying = TolerantSet(Exercise.ProneLying, Start.AddHours(-24));
        var elbows = TolerantSet(Exercise.ProneOnElbows, Start.AddHours(-21));
        return new History([lying, elbows], baseline: new SymptomReport(6, SymptomLocation.Thigh));
    }

    private static Session TolerantSet(Exercise exercise, DateTimeOffset startedAt)
    {
        var reps = Enumerable.Range(1, 10)
            .Select(i => new Rep(Pain: 6, Location: SymptomLocation.Thigh, At: startedAt.AddSeconds(45 * i)))
            .ToImmutableArray();
        return new Session(exercise, startedAt, reps, completed: true,
            before: new SymptomReport(6, SymptomLocation.Thigh), after: new SymptomReport(6, SymptomLocation.Thigh));
    }

    /// <summary>The person's answers in the demo, in order; each rep takes 40 seconds of the demo's clock.</summary>
    private sealed class DemoInput : ICoachInput
    {
        private static readonly TimeSpan RepTime = TimeSpan.FromSeconds(40);

        // Today's press-up set: before it, then (range, pain, location) after each rep, then after the set.
        private readonly Queue<SymptomReport> _symptoms = new(
        [
            new(6, SymptomLocation.Thigh),      // before the set
            new(6, SymptomLocation.Thigh),      // rep 1 at 30%: the same -> a little further
            new(5, SymptomLocation.Thigh),      // rep 2 at 40%: better -> a little further
            new(7, SymptomLocation.Thigh),      // rep 3 at 50%: pain rose -> intensifying, go less far
            new(6, SymptomLocation.Thigh),      // rep 4 at 40%: better again
            new(5, SymptomLocation.Buttock),    // rep 5 at 50%: moved toward the back -> centralising
            new(5, SymptomLocation.Buttock),    // rep 6 at 60%
            new(4, SymptomLocation.Buttock),    // rep 7 at 70%
            new(4, SymptomLocation.Back),       // rep 8 at 80%: only in the back now
            new(4, SymptomLocation.Back),       // rep 9 at 90%
            new(4, SymptomLocation.Back),       // rep 10 at 100%: the same after 10 reps -> the set is done
            new(3, SymptomLocation.Back),       // after the set
            new(4, SymptomLocation.Back),       // before the next session
        ]);

        private readonly Queue<double> _ranges = new([0.3, 0.4, 0.5, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]);

        private readonly Queue<RedFlag[]> _redFlags = new([[], [RedFlag.SaddleNumbness]]);

        private readonly IAnsiConsole _console;
        private readonly DemoClock _clock;
        private int _sessionsStarted;

        public DemoInput(IAnsiConsole console, DemoClock clock)
        {
            _console = console;
            _clock = clock;
        }

        public SymptomReport AskSymptoms(string question)
        {
            var report = _symptoms.Dequeue();
            Echo(question, Words.Symptoms(report));
            return report;
        }

        public IReadOnlyList<RedFlag> AskRedFlags()
        {
            var flags = _redFlags.Dequeue();
            Echo("Since your last session, any warning signs?", flags.Length == 0 ? "none" : string.Join("; ", flags.Select(Words.RedFlag)));
            return flags;
        }

        public double AskRange(int repNumber, double? target)
        {
            _clock.Advance(RepTime);
            var range = _ranges.Dequeue();
            Echo($"Rep {repNumber.ToString(CultureInfo.InvariantCulture)}: how far did you press up?", Words.Percent(range));
            return range;
        }

        public bool AskStartNextSession(DateTimeOffset? due)
        {
            _sessionsStarted++;
            if (_sessionsStarted > 1 || due is null)
            {
                Echo("Start the next session now?", "no");
                return false;
            }

            _clock.SetUtcNow(due.Value);
            _console.MarkupLine($"[grey](demo: the clock moves on to {Markup.Escape(AdviceView.Time(due.Value))})[/]");
            Echo("Start the next session now?", "yes");
            return true;
        }

        private void Echo(string question, string answer) =>
            _console.MarkupLine($"[bold]{Markup.Escape(question)}[/] [grey]>[/] {Markup.Escape(answer)}");
    }
}

/// <summary>A clock that moves only when told to, so the demo's times (and its advice) never change.</summary>
public sealed class DemoClock : TimeProvider
{
    private DateTimeOffset _now;

    /// <summary>Creates the clock.</summary>
    /// <param name="start">The time it shows.</param>
    public DemoClock(DateTimeOffset start) => _now = start;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock on.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by) => _now += by;

    /// <summary>Sets the clock.</summary>
    /// <param name="now">The new time (not before the current one).</param>
    public void SetUtcNow(DateTimeOffset now) => _now = now >= _now ? now : throw new ArgumentOutOfRangeException(nameof(now), "The demo's clock never goes back.");
}
