using System.Collections.Immutable;
using CsCheck;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Protocol.Tests.Generators;

/// <summary>
/// CsCheck generators of realistic, valid inputs: options that pass <see cref="ProtocolOptionsValidator"/>, and
/// histories of 0–31 sessions in time order over up to ~20 days, whose symptoms drift, centralise and
/// peripheralise rep by rep, with fields left out, and with the protocol's boundaries made likely (exactly
/// minReps/maxReps reps, ranges at 0/minRange/1, now exactly sessionTimeout or sessionInterval after the last
/// activity, exactly persistDays/reviewDays after the first session, a session exactly 24 h before now).
/// </summary>
public static class ProtocolGen
{
    /// <summary>The earliest time of any generated history.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 11, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromHours(-5), new(5, 30, 0)];

    /// <summary>How many varied option sets <see cref="Options"/> draws from.</summary>
    public const int OptionsPoolSize = 48;

    /// <summary>
    /// Gets varied valid options: every number varied within its valid range, often at an edge. A fixed pool drawn once
    /// (with a fixed seed) from the varied generator, because the advisor compiles the NRules rules once per options
    /// value (tens of milliseconds each): 48 option sets across 100,000 histories vary the options thoroughly, a new
    /// set per case would spend the run compiling.
    /// </summary>
    public static IReadOnlyList<ProtocolOptions> OptionsPool { get; } = DrawPool();

    /// <summary>Gets valid options: the defaults two times in five, else one of the <see cref="OptionsPool"/>.</summary>
    public static Gen<ProtocolOptions> Options { get; } = Gen.Frequency(
        (2, Gen.Const(ProtocolOptions.Default)),
        (3, Gen.Int[0, OptionsPoolSize - 1].Select(i => OptionsPool[i])));

    /// <summary>Gets any valid case.</summary>
    public static Gen<ProtocolCase> Case { get; } = Options.SelectMany(o => CaseFor(o, Shape.Any));

    /// <summary>Gets valid cases with at least one red flag.</summary>
    public static Gen<ProtocolCase> CaseWithRedFlag { get; } = Options.SelectMany(o => CaseFor(o, Shape.RedFlag));

    /// <summary>Gets valid cases whose latest session is open with at least one rep.</summary>
    public static Gen<ProtocolCase> CaseWithOpenSet { get; } = Options.SelectMany(o => CaseFor(o, Shape.OpenSet));

    /// <summary>Gets valid cases whose latest session is open and whose last rep made the symptoms worse.</summary>
    public static Gen<ProtocolCase> CaseEndingWithWorseRep { get; } = Options.SelectMany(o => CaseFor(o, Shape.OpenSetEndingWorse))
        .Where(c => c.OpenSession is { } s && Oracle.ProtocolOracle.Responses(s, c.Options)[^1] == Oracle.Response.Worse);

    private enum Shape
    {
        Any,
        RedFlag,
        OpenSet,
        OpenSetEndingWorse,
    }

    private enum Report
    {
        Both,
        PainOnly,
        LocationOnly,
        Nothing,
    }

    private enum RangeMove
    {
        Up,
        Down,
        Same,
        Jump,
        ToZero,
        ToMinRange,
        ToOne,
        Missing,
    }

    private sealed record RepSpec(int PainDelta, int LocationDelta, Report Report, RangeMove Move, double Jump, double? Duration, int? AtGapSeconds);

    private sealed record SessionSpec(
        Exercise Exercise,
        TimeSpan Gap,
        bool Completed,
        Report Before,
        int BeforePainDelta,
        int BeforeLocationDelta,
        bool RangesReported,
        double FirstRange,
        RepSpec[] Reps,
        Report After,
        int AfterPainDelta,
        int AfterLocationDelta);

    private static ProtocolOptions[] DrawPool()
    {
        var varied = VariedOptions().Where(o => ProtocolOptionsValidator.Instance.Validate(o).IsValid);
        var pcg = new PCG(20_261_201);
        var pool = new List<ProtocolOptions>(OptionsPoolSize);
        while (pool.Count < OptionsPoolSize)
        {
            var options = varied.Generate(pcg, null!, out _);
            if (options != ProtocolOptions.Default && !pool.Contains(options))
            {
                pool.Add(options);
            }
        }

        return [.. pool];
    }

    private static Gen<ProtocolOptions> VariedOptions()
    {
        var counts = Gen.Select(
            Gen.Frequency((4, Gen.Const(1)), (2, Gen.Int[2, 3]), (1, Gen.Int[4, 10])),
            Gen.Frequency((3, Gen.Const(2)), (2, Gen.Int[1, 4]), (1, Gen.Int[5, 10])),
            Gen.Frequency((3, Gen.Const(30)), (3, Gen.Int[1, 99]), (1, Gen.Const(100))),
            Gen.Frequency((3, Gen.Const(3)), (3, Gen.Int[1, 5]), (1, Gen.Int[6, 365])),
            Gen.Frequency((3, Gen.Const(3)), (3, Gen.Int[1, 4]), (1, Gen.Int[5, 48])),
            Gen.Frequency((3, Gen.Const(14)), (3, Gen.Int[1, 20]), (1, Gen.Int[21, 365])),
            Gen.Frequency((3, Gen.Const(3)), (3, Gen.Int[1, 4]), (1, Gen.Int[5, 100])),
            (delta, points, percent, persist, perDay, review, worse) => (delta, points, percent, persist, perDay, review, worse));
        var reps = Gen.Frequency(
                (3, Gen.Const((15, 10))),
                (4, Gen.Int[1, 20].SelectMany(max => Gen.Int[1, max].Select(min => (max, min)))),
                (1, Gen.Int[1, 100].Select(max => (max, max))))
            .Select(r => (Max: r.Item1, Min: r.Item2));
        var ranges = Gen.Select(
            Gen.Frequency((3, Gen.Const(0.1)), (1, Gen.Const(0.05)), (1, Gen.Const(1.0)), (2, Gen.Double[0.001, 0.6])),
            Gen.Frequency((3, Gen.Const(0.1)), (1, Gen.Const(0.25)), (1, Gen.Const(1.0)), (2, Gen.Double[0.001, 0.6])),
            Gen.Frequency((2, Gen.Const(0.3)), (1, Gen.Const(-1.0)), (1, Gen.Const(1.0)), (2, Gen.Double[0.0, 1.0])),
            (min, step, start) => (Min: min, Step: step, Start: start < 0 ? min : Math.Max(min, start)));
        var times = Gen.Select(
            Gen.Frequency((3, Gen.Const(TimeSpan.FromHours(2))), (1, Gen.Const(TimeSpan.FromMinutes(1))), (2, Gen.Int[1, 7 * 24 * 60].Select(m => TimeSpan.FromMinutes(m)))),
            Gen.Frequency((3, Gen.Const(TimeSpan.FromMinutes(30))), (1, Gen.Const(TimeSpan.FromDays(1))), (2, Gen.Int[1, 24 * 60].Select(m => TimeSpan.FromMinutes(m)))),
            Gen.Frequency((3, Gen.Const(2.0)), (1, Gen.Const(0.0)), (1, Gen.Const(60.0)), (2, Gen.Double[0, 6])),
            Gen.Frequency((5, Gen.Const(true)), (2, Gen.Const(false))),
            Gen.Int[1, 600],
            Gen.Frequency((3, Gen.Const(8)), (2, Gen.Int[1, 10])),
            (interval, timeout, repSeconds, progression, rest, severe) => (interval, timeout, repSeconds, progression, rest, severe));
        return Gen.Select(counts, reps, ranges, times, (c, r, g, t) => new ProtocolOptions
        {
            IntensifyingPainDelta = c.delta,
            ImprovementPoints = c.points,
            ImprovementPercent = c.percent,
            PersistDays = c.persist,
            MinSessionsPerDay = c.perDay,
            ReviewDays = c.review,
            ConsecutiveWorseLimit = c.worse,
            MaxReps = r.Max,
            MinReps = r.Min,
            RestSeconds = t.rest,
            SeverePain = t.severe,
            MinRange = g.Min,
            RangeStep = g.Step,
            StartRange = g.Start,
            SessionInterval = t.interval,
            SessionTimeout = t.timeout,
            MinRepSeconds = t.repSeconds,
            RequireProgression = t.progression,
        });
    }

    private static Gen<Report> ReportGen(int both) =>
        Gen.Frequency((both, Gen.Const(Report.Both)), (1, Gen.Const(Report.PainOnly)), (1, Gen.Const(Report.LocationOnly)), (1, Gen.Const(Report.Nothing)));

    private static Gen<RepSpec> RepGen(ProtocolOptions o, bool worse) => Gen.Select(
        worse
            ? Gen.Frequency((3, Gen.Const(o.IntensifyingPainDelta)), (1, Gen.Int[1, 4]))
            : Gen.Frequency((6, Gen.Const(0)), (3, Gen.Const(o.IntensifyingPainDelta)), (1, Gen.Const(o.IntensifyingPainDelta - 1)), (3, Gen.Const(-1)), (1, Gen.Int[-3, 3])),
        worse
            ? Gen.Frequency((2, Gen.Const(0)), (1, Gen.Const(1)))
            : Gen.Frequency((8, Gen.Const(0)), (2, Gen.Const(1)), (2, Gen.Const(-1))),
        worse ? Gen.Const(Report.Both) : ReportGen(12),
        Gen.Frequency(
            (6, Gen.Const(RangeMove.Up)), (2, Gen.Const(RangeMove.Down)), (2, Gen.Const(RangeMove.Same)), (1, Gen.Const(RangeMove.Jump)),
            (1, Gen.Const(RangeMove.ToZero)), (1, Gen.Const(RangeMove.ToMinRange)), (1, Gen.Const(RangeMove.ToOne)), (1, Gen.Const(RangeMove.Missing))),
        Gen.Double[0, 1],
        Gen.Frequency((4, Gen.Const((double?)null)), (1, Gen.Const<double?>(o.MinRepSeconds > 0 ? o.MinRepSeconds : 0.5)), (3, Gen.Double[0.1, 8].Select(d => (double?)d))),
        Gen.Frequency((4, Gen.Const((int?)null)), (6, Gen.Int[0, 90].Select(s => (int?)s))),
        (pain, location, report, move, jump, duration, at) => new RepSpec(pain, location, report, move, jump, duration, at));

    /// <summary>Reps in a set: boundaries likely, sometimes past maxReps, never past <see cref="InputLimits.MaxRepsPerSession"/>.</summary>
    private static Gen<int> RepCount(ProtocolOptions o) => Gen.Frequency(
        (2, Gen.Const(0)),
        (3, Gen.Const(o.MinReps)),
        (3, Gen.Const(o.MaxReps)),
        (2, Gen.Int[Math.Max(0, o.MinReps - 1), o.MinReps + 1]),
        (2, Gen.Int[Math.Max(0, o.MaxReps - 1), o.MaxReps + 2]),
        (6, Gen.Int[1, Math.Min(o.MaxReps, 12)]))
        .Select(n => Math.Min(n, InputLimits.Default.MaxRepsPerSession));

    private static Gen<SessionSpec> SessionGen(ProtocolOptions o, TimeSpan cadence, bool last, Shape shape)
    {
        var gap = Gen.Frequency(
            (6, Gen.Double[0.5, 1.5].Select(f => cadence * f)),
            (1, Gen.Const(TimeSpan.Zero)),
            (1, Gen.Int[1, 60].Select(m => TimeSpan.FromMinutes(m))),
            (1, Gen.Const(o.SessionInterval)),
            (1, Gen.Int[1, 3].Select(d => TimeSpan.FromDays(d))));
        var forceOpen = last && shape is Shape.OpenSet or Shape.OpenSetEndingWorse;
        var reps = forceOpen ? RepCount(o).Select(n => Math.Max(1, Math.Min(n, o.MaxReps))) : RepCount(o);
        var repSpecs = reps.SelectMany(n =>
            last && shape == Shape.OpenSetEndingWorse
                ? Gen.Select(RepGen(o, false).Array[n - 1], RepGen(o, true), (head, tail) => (RepSpec[])[.. head, tail])
                : RepGen(o, false).Array[n]);
        var header = Gen.Select(
            Gen.Frequency((1, Gen.Const(Exercise.ProneLying)), (1, Gen.Const(Exercise.ProneOnElbows)), (3, Gen.Const(Exercise.PressUp))),
            gap,
            forceOpen ? Gen.Const(false) : last ? Gen.Bool : Gen.Frequency((3, Gen.Const(true)), (2, Gen.Const(false))),
            ReportGen(6),
            Gen.Int[-2, 2],
            Gen.Int[-1, 1],
            Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false))),
            Gen.Frequency((3, Gen.Const(o.StartRange)), (1, Gen.Const(o.MinRange)), (1, Gen.Const(0.0)), (2, Gen.Double[0, 1])),
            (exercise, g, completed, before, bp, bl, ranged, first) => (exercise, g, completed, before, bp, bl, ranged, first));
        var afterPain = Gen.Frequency((4, Gen.Const(0)), (3, Gen.Const(-1)), (1, Gen.Const(1)), (1, Gen.Const(2)), (1, Gen.Const(-2)));
        var afterLocation = Gen.Frequency((6, Gen.Const(0)), (2, Gen.Const(-1)), (1, Gen.Const(1)));
        return Gen.Select(header, repSpecs, ReportGen(3), afterPain, afterLocation, (h, r, after, ap, al) =>
            new SessionSpec(h.exercise, h.g, h.completed, h.before, h.bp, h.bl, h.ranged, h.first, r, after, ap, al));
    }

    private static Gen<ProtocolCase> CaseFor(ProtocolOptions o, Shape shape)
    {
        var cadence = Gen.Frequency(
            (2, Gen.Const(TimeSpan.FromHours(2))),
            (1, Gen.Const(TimeSpan.FromMinutes(30))),
            (2, Gen.Const(TimeSpan.FromHours(6))),
            (1, Gen.Const(TimeSpan.FromDays(1))),
            (2, Gen.Int[10, 36 * 60].Select(m => TimeSpan.FromMinutes(m))));
        var count = shape is Shape.OpenSet or Shape.OpenSetEndingWorse
            ? Gen.Frequency((3, Gen.Int[0, 3]), (2, Gen.Int[4, 15]))
            : Gen.Frequency((1, Gen.Const(0)), (6, Gen.Int[1, 4]), (3, Gen.Int[5, 12]), (1, Gen.Int[13, 30]));
        var sessions = Gen.Select(cadence, count).SelectMany((c, n) =>
            Gen.Select(SessionGen(o, c, false, shape).Array[n], SessionGen(o, c, true, shape), (head, tail) => (SessionSpec[])[.. head, tail]));
        var baseline = Gen.Frequency(
            (1, Gen.Const((SymptomReport?)null)),
            (1, Gen.Const<SymptomReport?>(new SymptomReport())),
            (8, Gen.Select(ReportGen(6), Gen.Int[0, 10], Gen.Int[0, 6], (r, p, l) => (SymptomReport?)Symptoms(r, p, l))));
        var flags = shape == Shape.RedFlag
            ? Gen.Enum<RedFlag>().Array[1, 3]
            : Gen.Frequency((9, Gen.Const(Array.Empty<RedFlag>())), (1, Gen.Enum<RedFlag>().Array[1, 3]));
        var setting = Gen.Select(
            Gen.Int[0, 20 * 24 * 60],
            Gen.Int[0, Offsets.Length - 1],
            Gen.Frequency((3, Gen.Int[0, 2]), (2, Gen.Int[3, 10])),
            Gen.Double[0, 1],
            Gen.Int[0, 5],
            Gen.Frequency((1, Gen.Const(0)), (4, Gen.Const(1))),
            Gen.Bool,
            (start, offset, nowKind, u, k, keepNoSessions, progressive) => (start, offset, nowKind, u, k, keepNoSessions, progressive));
        return Gen.Select(sessions, baseline, flags, setting, (s, b, f, t) =>
            Build(o, shape, t.keepNoSessions == 0 && shape == Shape.Any ? [] : s, b, f, t.start, Offsets[t.offset], t.nowKind, t.u, t.k, t.progressive));
    }

    private static SymptomReport Symptoms(Report report, int pain, int location) => new(
        report is Report.Both or Report.PainOnly ? pain : null,
        report is Report.Both or Report.LocationOnly ? (SymptomLocation)location : null);

    private static ProtocolCase Build(
        ProtocolOptions o, Shape shape, SessionSpec[] specs, SymptomReport? baseline, RedFlag[] flags, int startMinutes, TimeSpan offset, int nowKind, double u, int k, bool progressive)
    {
        var cursor = Epoch.AddMinutes(startMinutes).ToOffset(offset);
        var pain = baseline?.Pain ?? 5;
        var location = (int)(baseline?.Location ?? SymptomLocation.Buttock);
        var sessions = ImmutableArray.CreateBuilder<Session>(specs.Length);
        for (var i = 0; i < specs.Length; i++)
        {
            // A progressive history follows the programme: lying, then on the elbows, then the press-up.
            var spec = progressive ? specs[i] with { Exercise = (Exercise)Math.Min(2, i * 3 / specs.Length) } : specs[i];
            var start = cursor + spec.Gap;
            pain = Math.Clamp(pain + spec.BeforePainDelta, 0, 10);
            location = Math.Clamp(location + spec.BeforeLocationDelta, 0, 6);
            var before = spec.Before == Report.Nothing && spec.BeforePainDelta == 0 ? null : Symptoms(spec.Before, pain, location);
            var range = spec.FirstRange;
            var at = start;
            var reps = ImmutableArray.CreateBuilder<Rep>(spec.Reps.Length);
            foreach (var r in spec.Reps)
            {
                range = r.Move switch
                {
                    RangeMove.Up => Math.Min(1, range + o.RangeStep),
                    RangeMove.Down => Math.Max(0, range - o.RangeStep),
                    RangeMove.Jump => r.Jump,
                    RangeMove.ToZero => 0,
                    RangeMove.ToMinRange => o.MinRange,
                    RangeMove.ToOne => 1,
                    _ => range,
                };
                pain = Math.Clamp(pain + r.PainDelta, 0, 10);
                location = Math.Clamp(location + r.LocationDelta, 0, 6);
                DateTimeOffset? repAt = null;
                if (r.AtGapSeconds is { } gap)
                {
                    at = at.AddSeconds(gap);
                    repAt = at;
                }

                var symptoms = Symptoms(r.Report, pain, location);
                var reportedRange = spec.Exercise == Exercise.PressUp || (spec.RangesReported && r.Move != RangeMove.Missing) ? range : (double?)null;
                reps.Add(new Rep(reportedRange, symptoms.Pain, symptoms.Location, r.Duration, repAt));
            }

            pain = Math.Clamp(pain + spec.AfterPainDelta, 0, 10);
            location = Math.Clamp(location + spec.AfterLocationDelta, 0, 6);
            var after = spec.After == Report.Nothing ? null : Symptoms(spec.After, pain, location);
            var session = new Session(spec.Exercise, start, reps.MoveToImmutable(), spec.Completed, before, after);
            sessions.Add(session);
            cursor = Oracle.ProtocolOracle.LastActivity(session);
        }

        var history = new History(sessions.MoveToImmutable(), baseline, [.. flags]);
        return new ProtocolCase(o, history, ChooseNow(o, shape, history, cursor, nowKind, u, k));
    }

    private static DateTimeOffset ChooseNow(ProtocolOptions o, Shape shape, History history, DateTimeOffset lastActivity, int kind, double u, int k)
    {
        var tick = TimeSpan.FromTicks(1);
        if (shape is Shape.OpenSet or Shape.OpenSetEndingWorse)
        {
            // Still open: strictly less than sessionTimeout after the last activity, the edge included.
            return kind < 3 ? lastActivity + o.SessionTimeout - tick : lastActivity + (o.SessionTimeout - tick) * u;
        }

        var first = history.Sessions.Length > 0 ? history.Sessions[0].StartedAt : lastActivity;
        var candidate = kind switch
        {
            0 => lastActivity,
            1 => lastActivity + (o.SessionTimeout * u),
            2 => lastActivity + o.SessionTimeout - tick,
            3 => lastActivity + o.SessionTimeout,
            4 => lastActivity + o.SessionInterval,
            5 => lastActivity + o.SessionInterval - tick,
            6 => lastActivity + (TimeSpan.FromDays(3) * u),
            7 => first + TimeSpan.FromDays(o.PersistDays) - (k == 0 ? tick : TimeSpan.Zero),
            8 => first + TimeSpan.FromDays(o.ReviewDays) - (k == 0 ? tick : TimeSpan.Zero),
            9 when history.Sessions.Length > 0 => history.Sessions[(int)(u * (history.Sessions.Length - 1))].StartedAt + TimeSpan.FromDays(k),
            _ => lastActivity + (o.SessionInterval * u),
        };
        return candidate < lastActivity ? lastActivity + (o.SessionTimeout * u) : candidate;
    }
}
