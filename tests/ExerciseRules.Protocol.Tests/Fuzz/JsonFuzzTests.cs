using System.Text;
using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Properties;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Protocol.Tests.Fuzz;

/// <summary>
/// Bad input through the JSON entries (<see cref="AdvisorJsonExtensions.AdviseJson"/> and
/// <see cref="ExerciseRulesJson.ParseOptions"/>): every case ends in advice or in errors — never in another
/// exception — within <see cref="Bounded.Limit"/>.
/// </summary>
public sealed class JsonFuzzTests
{
    private static readonly Advisor Advisor = new();

    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private const string SmallHistory = """
        {
          "baseline": { "pain": 6, "location": "thigh" },
          "redFlags": [],
          "sessions": [
            {
              "exercise": "pressUp",
              "startedAt": "2026-11-24T09:55:00Z",
              "before": { "pain": 5, "location": "buttock" },
              "reps": [ { "range": 0.4, "pain": 5, "location": "buttock", "durationSeconds": 4, "at": "2026-11-24T09:56:00Z" } ],
              "after": { "pain": 4, "location": "back" },
              "completed": false
            }
          ]
        }
        """;

    private const string SmallOptions = """{ "maxReps": 12, "minReps": 8, "minRange": 0.2, "persistDays": 5, "sessionInterval": "01:30:00", "requireProgression": false }""";

    /// <summary>The outcome is advice xor at least one error, each naming a path and saying what is wrong.</summary>
    private static void AdviceOrErrors(AdviceResult result)
    {
        if (result.IsValid)
        {
            result.Errors.Should().BeEmpty();
            return;
        }

        result.Advice.Should().BeNull();
        result.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Path.Length > 0 && e.Message.Length > 0);
    }

    private static void OptionsOrErrors(ParseResult<ProtocolOptions> result)
    {
        if (result.IsValid)
        {
            result.Errors.Should().BeEmpty();
            ProtocolOptionsValidator.Instance.Validate(result.Value).IsValid.Should().BeTrue();
            return;
        }

        result.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Path.Length > 0 && e.Message.Length > 0);
    }

    private static AdviceResult AdviseJson(string json, DateTimeOffset now) => Bounded.Run(() => Advisor.AdviseJson(json, now), "AdviseJson");

    private static ParseResult<ProtocolOptions> ParseOptions(string json) => Bounded.Run(() => ExerciseRulesJson.ParseOptions(json), "ParseOptions");

    /// <summary>Mutations that can never leave a valid document: an unknown or repeated property, or a cut.</summary>
    private static bool AlwaysBroken(MutatedJson m) =>
        m.What.StartsWith("property ", StringComparison.Ordinal) || m.What.StartsWith("duplicate key", StringComparison.Ordinal)
        || (m.What.StartsWith("truncated", StringComparison.Ordinal) && !m.What.EndsWith(" 0", StringComparison.Ordinal) && m.Json.Length > 0);

    [Fact]
    public void AdviseJson_MutatedHistories_GiveAdviceOrErrors() =>
        JsonMutationGen.History.Check(
            m =>
            {
                var result = AdviseJson(m.Json, m.Now);

                AdviceOrErrors(result);
                if (AlwaysBroken(m))
                {
                    result.IsValid.Should().BeFalse();
                }
            },
            PropertyRuns.Fuzz);

    [Fact]
    public void ParseOptions_MutatedOptions_GiveOptionsOrErrors() =>
        JsonMutationGen.Options.Check(m =>
        {
            var result = ParseOptions(m.Json);

            OptionsOrErrors(result);
            if (AlwaysBroken(m))
            {
                result.IsValid.Should().BeFalse();
            }
        });

    [Fact]
    public void AdviseJson_SmallHistoryTruncatedAtEveryPosition_GivesAnError()
    {
        AdviceOrErrors(AdviseJson(SmallHistory, Now));
        AdviseJson(SmallHistory, Now).IsValid.Should().BeTrue("the whole document is valid");

        for (var length = 0; length < SmallHistory.TrimEnd().Length; length++)
        {
            var result = AdviseJson(SmallHistory[..length], Now);

            result.IsValid.Should().BeFalse("a document cut at {0} is not whole", length);
            AdviceOrErrors(result);
        }
    }

    [Fact]
    public void ParseOptions_SmallOptionsTruncatedAtEveryPosition_GivesAnError()
    {
        ParseOptions(SmallOptions).IsValid.Should().BeTrue("the whole document is valid");

        for (var length = 0; length < SmallOptions.Length; length++)
        {
            var result = ParseOptions(SmallOptions[..length]);

            result.IsValid.Should().BeFalse("a document cut at {0} is not whole", length);
            OptionsOrErrors(result);
        }
    }

    /// <summary>Documents no client should send, by name; each is built when its test runs (big strings stay out of test discovery).</summary>
    private static readonly Dictionary<string, Func<string>> Monsters = new()
    {
        ["empty"] = () => string.Empty,
        ["whitespace"] = () => "   \n\t ",
        ["null"] = () => "null",
        ["array"] = () => "[]",
        ["string"] = () => "\"sessions\"",
        ["number"] = () => "0",
        ["deep arrays"] = () => new string('[', 100_000) + new string(']', 100_000),
        ["deep objects"] = () => new StringBuilder().Insert(0, "{\"a\":", 50_000).Append('1').Append('}', 50_000).ToString(),
        ["deep sessions"] = () => "{\"sessions\":" + new string('[', 10_000) + new string(']', 10_000) + "}",
        ["unclosed deep"] = () => new string('{', 1_000_000),
        ["1.6 million null sessions, within the size limit"] = () => "{\"sessions\":[" + string.Join(",", Enumerable.Repeat("null", 1_600_000)) + "]}",
        ["a million red flags"] = () => "{\"sessions\":[],\"redFlags\":[" + string.Join(",", Enumerable.Repeat("\"fever\"", 1_000_000)) + "]}",
        ["a million empty reps"] = () => "{\"sessions\":[{\"exercise\":\"pressUp\",\"startedAt\":\"2026-11-24T09:55:00Z\",\"completed\":false,\"reps\":[" + string.Join(",", Enumerable.Repeat("{}", 1_000_000)) + "]}]}",
        ["over the size limit"] = () => "{\"sessions\":[" + string.Join(",", Enumerable.Repeat("null", 3_000_000)) + "]}",
        ["a 7 MB string"] = () => "{\"sessions\":[],\"baseline\":{\"location\":\"" + new string('x', 7_000_000) + "\"}}",
        ["a million digits"] = () => "{\"sessions\":[],\"baseline\":{\"pain\":" + new string('9', 1_000_000) + "}}",
        ["a huge exponent"] = () => "{\"sessions\":[],\"baseline\":{\"pain\":1e999999999}}",
        ["a huge range"] = () => "{\"sessions\":[{\"exercise\":\"pressUp\",\"startedAt\":\"2026-11-24T09:55:00Z\",\"completed\":false,\"reps\":[{\"range\":1e308}]}]}",
        ["a tiny range"] = () => "{\"sessions\":[{\"exercise\":\"pressUp\",\"startedAt\":\"2026-11-24T09:55:00Z\",\"completed\":false,\"reps\":[{\"range\":1e-400}]}]}",
        ["year 9999"] = () => "{\"sessions\":[{\"exercise\":\"pressUp\",\"startedAt\":\"9999-12-31T23:59:59.9999999-14:00\",\"completed\":false,\"reps\":[]}]}",
        ["year 1"] = () => "{\"sessions\":[{\"exercise\":\"pressUp\",\"startedAt\":\"0001-01-01T00:00:00+14:00\",\"completed\":false,\"reps\":[]}]}",
        ["duplicate keys"] = () => "{\"sessions\":[],\"sessions\":[],\"baseline\":{\"pain\":2,\"pain\":9}}",
        ["a lone surrogate"] = () => "{\"sessions\":[],\"baseline\":{\"location\":\"\\uD800\"}}",
        ["a raw lone surrogate"] = () => "{\"sessions\":[],\"baseline\":{\"location\":\"\uD800\"}}",
        ["NUL in a name"] = () => "{\"sessions\\u0000\":[]}",
        ["BOM"] = () => "\uFEFF{\"sessions\":[]}",
        ["two BOMs"] = () => "\uFEFF\uFEFF{\"sessions\":[]}",
        ["NBSP as whitespace"] = () => "{\u00A0\"sessions\":[]}",
        ["comments"] = () => "{/* c */\"sessions\":[]}",
        ["trailing comma"] = () => "{\"sessions\":[],}",
        ["two documents"] = () => "{\"sessions\":[]}{\"sessions\":[]}",
        ["single quotes"] = () => "{'sessions':[]}",
        ["fullwidth enum"] = () => "{\"sessions\":[{\"exercise\":\"ｐｒｅｓｓＵｐ\",\"startedAt\":\"2026-11-24T09:55:00Z\",\"completed\":false,\"reps\":[]}]}",
        ["comma-joined enum"] = () => "{\"sessions\":[],\"baseline\":{\"location\":\"back, buttock\"}}",
        ["numeric enum"] = () => "{\"sessions\":[],\"baseline\":{\"location\":3}}",
        ["numeric enum string"] = () => "{\"sessions\":[],\"baseline\":{\"location\":\"3\"}}",
        ["$type metadata"] = () => "{\"$type\":\"x\",\"sessions\":[]}",
        ["$ref metadata"] = () => "{\"sessions\":{\"$ref\":\"1\"}}",
    };

    public static TheoryData<string> MonsterNames() => [.. Monsters.Keys];

    [Theory]
    [MemberData(nameof(MonsterNames))]
    public void AdviseJson_Monster_GivesAdviceOrErrors(string name)
    {
        var result = AdviseJson(Monsters[name](), Now);

        AdviceOrErrors(result);
    }

    [Theory]
    [MemberData(nameof(MonsterNames))]
    public void ParseOptions_Monster_GivesOptionsOrErrors(string name)
    {
        var result = ParseOptions(Monsters[name]().Replace("\"sessions\"", "\"maxReps\"", StringComparison.Ordinal));

        OptionsOrErrors(result);
    }

    [Fact]
    public void AdviseJson_OverTheSizeLimit_IsRefusedAtTheRootWithoutParsing()
    {
        var result = AdviseJson(Monsters["over the size limit"](), Now);

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public void AdviseJson_ManyNullSessionsWithinTheSizeLimit_GivesOneErrorNotOnePerElement()
    {
        var result = AdviseJson(Monsters["1.6 million null sessions, within the size limit"](), Now);

        result.Errors.Select(e => e.ToString()).Should().Equal("sessions: has 1 600 000 sessions; at most 2 000 are allowed");
    }
}
