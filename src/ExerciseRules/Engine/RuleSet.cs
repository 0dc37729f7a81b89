using System.Collections.Immutable;

namespace ExerciseRules.Engine;

/// <summary>
/// Rules compiled for evaluation: ordered by stage, then priority (highest first), then name. A rule set is
/// immutable and thread-safe; evaluate it through a <see cref="RuleSession"/> per evaluation (or per thread).
/// </summary>
public sealed class RuleSet
{
    private RuleSet(ImmutableArray<Rule> rules, RuleSetOptions options)
    {
        Rules = rules;
        Options = options;
        var stages = new int[Enum.GetValues<RuleStage>().Length][];
        for (var s = 0; s < stages.Length; s++)
        {
            var stage = (RuleStage)s;
            stages[s] = Enumerable.Range(0, rules.Length).Where(i => rules[i].Metadata.Stage == stage).ToArray();
        }

        StageRules = stages;
        StageAbsentFrom = new ulong[stages.Length][];
        for (var s = 0; s < stages.Length; s++)
        {
            var order = stages[s];
            var absentFrom = new ulong[order.Length + 1];
            for (var i = order.Length - 1; i >= 0; i--)
            {
                var rule = rules[order[i]];
                var absent = rule.Masked ? rule.MustBeAbsent : 0UL;
                absentFrom[i] = i == order.Length - 1 ? absent : absent & absentFrom[i + 1];
            }

            StageAbsentFrom[s] = absentFrom;
        }

        var offsets = new int[rules.Length + 1];
        for (var i = 0; i < rules.Length; i++)
        {
            offsets[i + 1] = offsets[i] + rules[i].BoundTypeIds.Length;
        }

        BoundOffsets = offsets;
    }

    /// <summary>Gets the rules in evaluation order: by stage, then priority (highest first), then name (ordinal).</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Gets the settings the rule set was compiled with.</summary>
    public RuleSetOptions Options { get; }

    internal int[][] StageRules { get; }

    /// <summary>
    /// For each stage and each position in it, the fact types that every rule from that position to the end of the
    /// stage requires to be absent (<c>Not</c> without a test): once one of them is there, the rest of the stage
    /// cannot fire (every decide rule requires that no decision exists yet).
    /// </summary>
    internal ulong[][] StageAbsentFrom { get; }

    internal int[] BoundOffsets { get; }

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
        var list = rules.ToList();
        if (list.Any(r => r is null))
        {
            throw new ArgumentNullException(nameof(rules), "The rules should not contain null.");
        }

        var problems = new List<string>();
        problems.AddRange(list.GroupBy(r => r.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"the name '{g.Key}' is used by {g.Count()} rules; names must be unique"));
        if (options.MaxFirings < 1)
        {
            problems.Add($"MaxFirings is {options.MaxFirings}; it should be at least 1");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The rule set is not valid: {string.Join("; ", problems)}.", nameof(rules));
        }

        var ordered = list
            .OrderBy(r => r.Metadata.Stage)
            .ThenByDescending(r => r.Metadata.Priority)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new RuleSet(ordered, options);
    }

    /// <summary>Creates a session to insert facts into and fire. Sessions are cheap, not thread-safe, and reusable after <see cref="RuleSession.Reset"/>.</summary>
    /// <returns>A new, empty session.</returns>
    public RuleSession CreateSession() => new(this);

    /// <summary>Finds a rule by name.</summary>
    /// <param name="name">The rule's name.</param>
    /// <returns>The rule, or <see langword="null"/> if the set has none of that name.</returns>
    public Rule? Find(string name) => Rules.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
}
