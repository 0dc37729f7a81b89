using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Properties;
using ExerciseRules.Protocol.Tests.Support;

namespace ExerciseRules.Protocol.Tests.Conformance;

/// <summary>
/// Every text a therapist reads about the rules, over every rule: the conditions in the rule listing and every
/// explanation of a firing or a miss, on generated histories that reach every rule. No compiler-generated names,
/// no <c>Convert(...)</c>, no closure classes, no lambda syntax.
/// </summary>
public sealed class ExplanationWordsTests
{
    /// <summary>What an expression's own ToString, a closure or the compiler would leave in a text.</summary>
    private static readonly string[] Leaks = ["Convert(", "value(", "<>", "DisplayClass", "=>", "`", "c__", "k__BackingField", "ExerciseRules.", "System.", "Nullable", "ArrayLength"];

    [Fact]
    public void RuleListing_EveryConditionOfEveryRule_ReadsInWords()
    {
        foreach (var options in ProtocolGen.OptionsPool.Prepend(ProtocolOptions.Default))
        {
            foreach (var rule in Advisors.For(options).RuleSet.Rules)
            {
                rule.Conditions.Should().NotBeEmpty();
                foreach (var condition in rule.Conditions)
                {
                    ShouldReadInWords(condition.ToString(), rule.Name);
                    ShouldReadInWords(condition.FactName, rule.Name);
                }
            }
        }
    }

    [Fact]
    public void Explain_GeneratedHistories_EveryFiringAndMissOfEveryRuleReadsInWords()
    {
        var missed = new HashSet<string>(StringComparer.Ordinal);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        Gen().Check(c =>
        {
            var trace = Advisors.For(c.Options).Explain(c.History, c.Now).Trace!;
            foreach (var miss in trace.Misses)
            {
                ShouldReadInWords(miss.ToString(), miss.Rule.Name);
                miss.Explanation.Should().NotBeNullOrWhiteSpace();
                lock (missed)
                {
                    missed.Add(miss.Rule.Name);
                }
            }

            foreach (var firing in trace.Firings)
            {
                firing.Rule.ToString().Should().NotContainAny(Leaks);
                lock (fired)
                {
                    fired.Add(firing.Rule.Name);
                }
            }
        }, iterations: PropertyRuns.Invariant / 5);

        if (!PropertyRuns.IsReduced)
        {
            var rules = Advisors.For(ProtocolOptions.Default).RuleSet.Rules;
            fired.Should().Contain(rules.Select(r => r.Name), "every rule fires somewhere in the run");
            missed.Should().Contain(rules.Where(r => r.Stage == RuleStage.Decide).Select(r => r.Name), "every decide rule's miss is explained somewhere in the run");
            missed.Should().HaveCountGreaterThan(rules.Length * 2 / 3, "most rules' misses are explained (a few derive and compose rules always fire)");
        }
    }

    [Fact]
    public void Explain_InAnotherCulture_ReadsTheSame()
    {
        Gen().Check(c =>
        {
            var advisor = Advisors.For(c.Options);
            var invariant = Explained(advisor, c, System.Globalization.CultureInfo.InvariantCulture);
            var german = Explained(advisor, c, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

            german.Should().Be(invariant, "a trace reads the same on every machine (0.5, never 0,5)");
        }, iterations: PropertyRuns.Invariant / 20);
    }

    private static string Explained(Advisor advisor, ProtocolCase c, System.Globalization.CultureInfo culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = culture;
        try
        {
            var result = advisor.Explain(c.History, c.Now);
            return $"{result.Advice}\n{result.Trace}";
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    private static CsCheck.Gen<ProtocolCase> Gen() =>
        CsCheck.Gen.OneOf(ProtocolGen.Case, ProtocolGen.CaseWithOpenSet, ProtocolGen.CaseWithRedFlag, ProtocolGen.CaseEndingWithWorseRep);

    private static void ShouldReadInWords(string text, string rule) =>
        text.Should().NotContainAny(Leaks, "rule {0} is explained to a therapist: {1}", rule, text);
}
