using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Support;
using ExerciseRules.Serialization;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>Invariant: bad input never yields advice; it yields a validation error naming each bad field.</summary>
public sealed class BadInputPropertyTests
{
    [Fact]
    public void Advise_OneBrokenField_GivesAnErrorNamingThatFieldAndNoAdvice() =>
        BrokenHistoryGen.Case.Check(b =>
        {
            var result = Advisors.For(b.Case.Options).Advise(b.Broken, b.Case.Now);

            result.IsValid.Should().BeFalse();
            result.Advice.Should().BeNull();
            result.Errors.Select(e => e.Path).Should().Contain(b.Path);
            result.Errors.Should().OnlyContain(e => e.Message.Length > 0);
        });

    [Fact]
    public void AdviseJson_OneBrokenFieldThatJsonCanCarry_GivesAnErrorNamingThatFieldAndNoAdvice() =>
        BrokenHistoryGen.Case.Check(b =>
        {
            string json;
            try
            {
                json = ExerciseRulesJson.Serialize(b.Broken);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or NullReferenceException)
            {
                return; // unknown enum values and NaN have no JSON form; the typed test above covers them
            }

            var result = Advisors.For(b.Case.Options).AdviseJson(json, b.Case.Now);

            result.IsValid.Should().BeFalse();
            result.Advice.Should().BeNull();
            result.Errors.Select(e => e.Path).Should().Contain(b.Path);
        });
}
