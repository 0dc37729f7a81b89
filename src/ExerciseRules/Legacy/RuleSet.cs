using System.Collections.Immutable;

namespace ExerciseRules.Legacy;

/// <summary>
/// Rules compiled for evaluation: ordered by stage, then priority (highest first), then name. A rule set is
/// immutable and thread-safe; evaluate it through a <see cref="RuleSession"/> per evaluation (or per thread).
/// </summary>
internal sealed class RuleSet
{
    private RuleSet(ImmutableArray<Rule> rules, RuleSetOptions options)
    {
        Rules = rules;
        Options = options;
        RuleArray = [.. rules];

        // Flat arrays for the session: every rule's tests, and every rule's bound fact types, in rule order.
        var testCount = 0;
        var boundCount = 0;
        foreach (var rule in RuleArray)
        {
            testCount += rule.TestedConditions.Length;
            boundCount += rule.BoundTypeIds.Length;
        }

        var tests = new TestEntry[testCount];
        var testConditions = new Condition[testCount];
        var testRules = new int[testCount];
        var boundIds = new int[boundCount];
        var entries = new RuleEntry[rules.Length];
        var t = 0;
        var b = 0;
        for (var i = 0; i < RuleArray.Length; i++)
        {
            var rule = RuleArray[i];
            entries[i] = new RuleEntry(rule, i, t, b);
            foreach (var condition in rule.TestedConditions)
            {
                tests[t] = new TestEntry(condition);
                testConditions[t] = condition;
                testRules[t] = i;
                t++;
            }

            foreach (var id in rule.BoundTypeIds)
            {
                boundIds[b++] = id;
            }
        }

        Tests = tests;
        TestConditions = testConditions;
        TestRules = testRules;
        BoundIds = boundIds;

        const int stageCount = StageCount;
        var stages = new RuleEntry[stageCount][];
        StageAbsentFrom = new ulong[stageCount][];
        for (var s = 0; s < stageCount; s++)
        {
            var stage = (RuleStage)s;
            var count = 0;
            foreach (var rule in RuleArray)
            {
                count += rule.Metadata.Stage == stage ? 1 : 0;
            }

            var order = new RuleEntry[count];
            var n = 0;
            for (var i = 0; i < RuleArray.Length; i++)
            {
                if (RuleArray[i].Metadata.Stage == stage)
                {
                    order[n++] = entries[i];
                }
            }

            stages[s] = order;
            var absentFrom = new ulong[order.Length + 1];
            for (var i = order.Length - 1; i >= 0; i--)
            {
                var absent = order[i].Masked ? order[i].MustBeAbsent : 0UL;
                absentFrom[i] = i == order.Length - 1 ? absent : absent & absentFrom[i + 1];
            }

            StageAbsentFrom[s] = absentFrom;
        }

        StageRules = stages;
    }

    /// <summary>Gets the rules in evaluation order: by stage, then priority (highest first), then name (ordinal).</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Gets the settings the rule set was compiled with.</summary>
    public RuleSetOptions Options { get; }

    /// <summary>How many stages there are (<see cref="RuleStage"/> runs from 0 to <see cref="RuleStage.Compose"/>; a test holds it to the enum). A constant: reflecting on the enum cost start-up time.</summary>
    internal const int StageCount = (int)RuleStage.Compose + 1;

    /// <summary>The rules as a plain array, in evaluation order.</summary>
    internal Rule[] RuleArray { get; }

    /// <summary>For each stage, its rules in evaluation order.</summary>
    internal RuleEntry[][] StageRules { get; }

    /// <summary>
    /// For each stage and each position in it, the fact types that every rule from that position to the end of the
    /// stage requires to be absent (<c>Not</c> without a test): once one of them is there, the rest of the stage
    /// cannot fire (every decide rule requires that no decision exists yet).
    /// </summary>
    internal ulong[][] StageAbsentFrom { get; }

    /// <summary>Every rule's tests, rule after rule (see <see cref="RuleEntry.TestStart"/>).</summary>
    internal TestEntry[] Tests { get; }

    /// <summary>The condition of each of <see cref="Tests"/>, for the message when one throws.</summary>
    internal Condition[] TestConditions { get; }

    /// <summary>The index of the rule of each of <see cref="Tests"/>.</summary>
    internal int[] TestRules { get; }

    /// <summary>Every rule's bound fact types, rule after rule (see <see cref="RuleEntry.BoundStart"/>).</summary>
    internal int[] BoundIds { get; }

    /// <summary>Compiles rules into a rule set, checking them all first.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="RuleSetOptions.Default"/>.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null or holds a null rule.</exception>
    /// <exception cref="ArgumentException">The rules or options are not valid; the message lists every problem (duplicate names, a cap below 1).</exception>
    public static RuleSet Compile(IEnumerable<Rule> rules, RuleSetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        options ??= RuleSetOptions.Default;
        var list = new List<Rule>(rules);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in list)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rules), "The rules should not contain null.");
            }

            names[rule.Name] = names.GetValueOrDefault(rule.Name) + 1;
        }

        // Plain loops (no LINQ): rule sets are compiled at start-up, where every generic method jitted counts.
        var problems = new List<string>();
        foreach (var rule in list)
        {
            if (names.GetValueOrDefault(rule.Name) is var count and > 1)
            {
                problems.Add($"the name '{rule.Name}' is used by {count} rules; names must be unique");
                names[rule.Name] = 0;
            }
        }
        if (options.MaxFirings < 1)
        {
            problems.Add($"MaxFirings is {options.MaxFirings}; it should be at least 1");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The rule set is not valid: {string.Join("; ", problems)}.", nameof(rules));
        }

        // A stable sort, as OrderBy was: by stage, then priority (highest first), then name (ordinal).
        var order = new int[list.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = list[a].Metadata;
            var y = list[b].Metadata;
            var c = x.Stage.CompareTo(y.Stage);
            c = c != 0 ? c : y.Priority.CompareTo(x.Priority);
            c = c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
            return c != 0 ? c : a.CompareTo(b);
        });
        var ordered = ImmutableArray.CreateBuilder<Rule>(order.Length);
        foreach (var i in order)
        {
            ordered.Add(list[i]);
        }

        return new RuleSet(ordered.MoveToImmutable(), options);
    }

    /// <summary>Creates a session to insert facts into and fire. Sessions are cheap, not thread-safe, and reusable after <see cref="RuleSession.Reset"/>.</summary>
    /// <returns>A new, empty session.</returns>
    public RuleSession CreateSession() => new(this);

    /// <summary>Finds a rule by name.</summary>
    /// <param name="name">The rule's name.</param>
    /// <returns>The rule, or <see langword="null"/> if the set has none of that name.</returns>
    public Rule? Find(string name) => Rules.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
}
