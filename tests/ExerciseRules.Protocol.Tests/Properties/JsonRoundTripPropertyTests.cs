using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Serialization;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>The wire format loses nothing: histories and options read back equal to what was written.</summary>
public sealed class JsonRoundTripPropertyTests
{
    [Fact]
    public void ParseHistory_SerializedHistory_LosesNothing() =>
        ProtocolGen.Case.Check(c =>
        {
            var json = ExerciseRulesJson.Serialize(c.History);

            var parsed = ExerciseRulesJson.ParseHistory(json);

            parsed.Errors.Should().BeEmpty();
            parsed.Value.Should().Be(c.History);
            ExerciseRulesJson.Serialize(parsed.Value!).Should().Be(json, "offsets and every digit survive too");
        });

    [Fact]
    public void ParseOptions_SerializedOptions_LosesNothing() =>
        ProtocolGen.Options.Check(o =>
        {
            var parsed = ExerciseRulesJson.ParseOptions(ExerciseRulesJson.Serialize(o));

            parsed.Errors.Should().BeEmpty();
            parsed.Value.Should().Be(o);
        });
}
