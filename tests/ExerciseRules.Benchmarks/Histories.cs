using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// Realistic histories: a session every two hours, each a set of 12 reps with symptoms, durations and times, the
/// programme followed (lying, then on the elbows, then the press-up), symptoms that centralise over the days with
/// now and then a rep that is worse; the last session is the set under way (6 reps so far), and advice is asked
/// a few seconds after its last rep.
/// </summary>
internal static class Histories
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 7, 0, 0, TimeSpan.FromHours(1));

    public const int RepsPerSet = 12;

    /// <summary>A history of <paramref name="sessions"/> sessions two hours apart; the last is under way.</summary>
    public static (History History, DateTimeOffset Now) Build(int sessions, int repsInLastSet = 6)
    {
        var random = new Random(sessions);
        var list = ImmutableArray.CreateBuilder<Session>(sessions);
        var pain = 6;
        var location = SymptomLocation.Thigh;
        var now = Start;
        for (var i = 0; i < sessions; i++)
        {
            var last = i == sessions - 1;
            var start = Start.AddHours(2 * i);
            var exercise = i switch { 0 => Exercise.ProneLying, 1 => Exercise.ProneOnElbows, _ => Exercise.PressUp };
            var before = new SymptomReport(pain, location);
            var reps = ImmutableArray.CreateBuilder<Rep>();
            var range = 0.3;
            var count = last ? repsInLastSet : RepsPerSet;
            for (var r = 0; r < count; r++)
            {
                var worse = random.Next(10) == 0;
                pain = Math.Clamp(pain + (worse ? 1 : random.Next(4) == 0 ? -1 : 0), 0, 10);
                if (!worse && location > SymptomLocation.Back && random.Next(40) == 0)
                {
                    location--;
                }

                range = worse ? Math.Max(0.1, range - 0.1) : Math.Min(1.0, range + 0.1);
                var at = start.AddSeconds(20 * (r + 1));
                reps.Add(new Rep(Math.Round(range, 6), pain, location, 2.5 + random.NextDouble() * 2, at));
                now = at.AddSeconds(5);
            }

            pain = Math.Max(pain - (random.Next(3) == 0 ? 1 : 0), 1);
            var after = last ? null : new SymptomReport(pain, location);
            list.Add(new Session(exercise, start, reps.ToImmutable(), completed: !last, before, after));
            if (!last)
            {
                // Back to the usual level before the next session.
                pain = Math.Min(6, pain + 1);
            }
        }

        return (new History(list.MoveToImmutable(), new SymptomReport(6, SymptomLocation.Thigh)), now);
    }

    /// <summary>The advise inputs: one open set, 1 day, 4 days and 30 days of sessions every two hours.</summary>
    public static readonly (string Name, int Sessions)[] Sizes = [("open set", 1), ("1 day", 12), ("4 days", 48), ("30 days", 360)];
}
