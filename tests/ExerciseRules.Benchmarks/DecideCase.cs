using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// The prepared facts of one input of the decision stage: the input facts measured from a history and the facts
/// the derive stage adds, each known, unknown or absent as the protocol's rules left it. The three decide
/// implementations read these same objects.
/// </summary>
public sealed class DecideCase
{
    private DecideCase(string name, ProtocolOptions options, History history, DateTimeOffset now)
    {
        Name = name;
        Options = options;
        History = history;
        Now = now;
        PersistTicks = TimeSpan.FromDays(options.PersistDays).Ticks;
        ReviewTicks = TimeSpan.FromDays(options.ReviewDays).Ticks;
    }

    public string Name { get; }

    public ProtocolOptions Options { get; }

    public History History { get; }

    public DateTimeOffset Now { get; }

    public long PersistTicks { get; }

    public long ReviewTicks { get; }

    public Episode Episode { get; private set; } = null!;

    public ReportedRedFlags RedFlags { get; private set; } = null!;

    public FinishedSets FinishedSets { get; private set; } = null!;

    public LatestSession? LatestSession { get; private set; }

    public OpenSet? OpenSet { get; private set; }

    public LastRep? LastRep { get; private set; }

    public bool LastRepUnknown => LastRepUnknownReason is not null;

    public string? LastRepUnknownReason { get; private set; }

    public Improvement? Improvement { get; private set; }

    public string? ImprovementUnknownReason { get; private set; }

    public Regularity Regularity { get; private set; } = null!;

    public NextExercise NextExercise { get; private set; } = null!;

    /// <summary>The measured input facts (what the advisor inserts into a session).</summary>
    public EpisodeMeasurement Measurement { get; private set; } = null!;

    /// <summary>The decide stage's facts, as a session takes them: the input facts, the derived facts, and <see cref="Unknown{T}"/> for a derived fact that is unknown.</summary>
    public object[] DecideFacts { get; private set; } = [];

    /// <summary>Measures a history and runs the protocol's rules (NRules) on it, keeping the facts the derive stage left.</summary>
    public static DecideCase Prepare(string name, History history, DateTimeOffset now, ProtocolOptions? options)
    {
        options ??= ProtocolOptions.Default;
        var c = new DecideCase(name, options, history, now);
        var measurement = EpisodeMeasurement.Of(history, now, options);
        var evaluation = PressUpProtocol.Compile(options).Evaluate(measurement.ToFacts(), false, PressUpProtocol.Dependencies(new ComposedMessages()));
        c.Measurement = measurement;
        c.Episode = measurement.Episode;
        c.RedFlags = measurement.RedFlags;
        c.FinishedSets = measurement.FinishedSets;
        c.LatestSession = measurement.LatestSession;
        c.OpenSet = evaluation.Find<OpenSet>();
        c.LastRep = evaluation.Find<LastRep>();
        c.LastRepUnknownReason = evaluation.GetUnknownReason<LastRep>();
        c.Improvement = evaluation.Find<Improvement>();
        c.ImprovementUnknownReason = evaluation.GetUnknownReason<Improvement>();
        c.Regularity = evaluation.Find<Regularity>() ?? throw new InvalidOperationException($"{name}: the derive stage left no Regularity");
        c.NextExercise = evaluation.Find<NextExercise>() ?? throw new InvalidOperationException($"{name}: the derive stage left no NextExercise");
        var facts = new List<object> { c.Episode, c.RedFlags, c.FinishedSets, c.Regularity, c.NextExercise };
        if (c.LatestSession is not null)
        {
            facts.Add(c.LatestSession);
        }

        if (c.OpenSet is not null)
        {
            facts.Add(c.OpenSet);
        }

        if (c.LastRep is not null)
        {
            facts.Add(c.LastRep);
        }
        else if (c.LastRepUnknownReason is not null)
        {
            facts.Add(new Unknown<LastRep>(c.LastRepUnknownReason));
        }

        if (c.Improvement is not null)
        {
            facts.Add(c.Improvement);
        }
        else if (c.ImprovementUnknownReason is not null)
        {
            facts.Add(new Unknown<Improvement>(c.ImprovementUnknownReason));
        }

        c.DecideFacts = [.. facts];
        return c;
    }

    /// <summary>The decide inputs: the conformance scenarios of the repository (every row of the table) and the advise histories.</summary>
    public static IReadOnlyList<DecideCase> All()
    {
        var cases = new List<DecideCase>();
        var scenarios = ScenarioDirectory.Load(
            Path.Combine(Repository.Root, "tests", "ExerciseRules.Protocol.Tests", "Scenarios"),
            new ScenarioLoadOptions { AllowOutside = Path.Combine(Repository.Root, "docs", "examples") });
        foreach (var file in scenarios.Files)
        {
            var scenario = file.Scenario ?? throw new InvalidOperationException($"{file.RelativePath}: {string.Join("; ", file.Errors)}");
            cases.Add(Prepare(scenario.Name, scenario.History ?? throw new InvalidOperationException($"{file.RelativePath}: no history"), scenario.Now, scenario.Options));
        }

        foreach (var (name, sessions) in Histories.Sizes)
        {
            var (history, now) = Histories.Build(sessions);
            cases.Add(Prepare(name, history, now, null));
        }

        return cases;
    }
}

/// <summary>Finds the repository (the folder of ExerciseRules.sln) from wherever the benchmark runs.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ExerciseRules.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: ExerciseRules.sln was not found above " + AppContext.BaseDirectory);
    }
}
