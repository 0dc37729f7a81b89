using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ExerciseRules.Serialization;
using NJsonSchema;

namespace ExerciseRules.Samples.Tests.Docs;

/// <summary>The JSON shown in docs/wire-format.md is what the library reads and writes.</summary>
public sealed partial class WireFormatDocTests
{
    [Fact]
    public void WireFormatDoc_JsonBlocks_AreValidAndCurrent()
    {
        var doc = Repository.ReadText("docs", "wire-format.md");
        var blocks = JsonBlock().Matches(doc);
        blocks.Select(b => b.Groups["kind"].Value).Should().BeEquivalentTo(["history", "advice", "options", "problem"]);

        foreach (Match block in blocks)
        {
            var json = block.Groups["json"].Value;
            switch (block.Groups["kind"].Value)
            {
                case "history":
                    Validate("history", json);
                    ExerciseRulesJson.ParseHistory(json).Errors.Should().BeEmpty();
                    break;
                case "options":
                    Validate("options", json);
                    ExerciseRulesJson.ParseOptions(json).Errors.Should().BeEmpty();
                    break;
                case "advice":
                    Validate("advice", json);
                    var args = block.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var history = Repository.ReadText("docs", "examples", args[0]);
                    var advice = new Advisor().AdviseJson(history, DateTimeOffset.Parse(args[1], CultureInfo.InvariantCulture)).GetAdviceOrThrow();
                    JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(ExerciseRulesJson.Serialize(advice)))
                        .Should().BeTrue($"docs/wire-format.md shows the advice for {args[0]} as the library writes it now:\n{ExerciseRulesJson.Serialize(advice)}");
                    break;
                case "problem":
                    var errors = new Advisor().AdviseJson(Repository.ReadText("docs", "examples", "invalid", "two-problems.json"), DateTimeOffset.Parse("2026-11-24T09:58:00Z", CultureInfo.InvariantCulture)).Errors;
                    var shown = JsonNode.Parse(json)!["errors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["message"]!.GetValue<string>()));
                    shown.Should().Equal(errors.Select(e => (e.Path, e.Message)));
                    break;
            }
        }
    }

    private static void Validate(string schema, string json)
    {
        var loaded = JsonSchema.FromFileAsync(Repository.PathOf("docs", "schemas", $"{schema}.schema.json")).GetAwaiter().GetResult();
        loaded.Validate(json).Select(e => e.ToString()).Should().BeEmpty($"the {schema} shown in docs/wire-format.md should validate");
    }

    [GeneratedRegex(@"<!-- json: (?<kind>[a-z]+)(?<args>[^>]*?) -->\n```json\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
