using CsCheck;
using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Validation;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>
/// The fast validation path (hand-written checks, used when input is valid) and the FluentValidation validators
/// (the source of every error message) give the same answer on valid and broken histories, with the default
/// limits and with limits small enough for generated histories to cross them.
/// </summary>
public sealed class FastValidationPropertyTests
{
    private static readonly InputLimits Tight = InputLimits.Default with { MaxSessions = 4, MaxRepsPerSession = 6, MaxRedFlags = 1 };
    private static readonly HistoryValidator TightValidator = new(Tight);

    [Fact]
    public void FastCheck_ValidHistories_AgreesWithTheValidator() =>
        ProtocolGen.Case.Check(c =>
        {
            Agree(c.History, c.Now, InputLimits.Default, HistoryValidator.Instance).Should().BeTrue("the generated history is valid");
            Agree(c.History, c.Now, Tight, TightValidator);
        });

    [Fact]
    public void FastCheck_BrokenHistories_AgreesWithTheValidator() =>
        BrokenHistoryGen.Case.Check(b =>
        {
            Agree(b.Broken, b.Case.Now, InputLimits.Default, HistoryValidator.Instance).Should().BeFalse("a field is broken");
            Agree(b.Broken, b.Case.Now, Tight, TightValidator).Should().BeFalse();
        });

    [Fact]
    public void Advise_BrokenHistories_GivesExactlyTheValidatorsErrors() =>
        BrokenHistoryGen.Case.Check(b =>
        {
            var result = Support.Advisors.For(b.Case.Options).Advise(b.Broken, b.Case.Now);
            var expected = HistoryValidator.Instance.Validate(b.Broken, b.Case.Now).ToInputErrors();

            result.IsValid.Should().BeFalse();
            result.Errors.Should().Equal(expected);
        });

    [Fact]
    public void FastCheck_KnowsEveryEnumValue()
    {
        // The fast path checks enum ranges by number: a new value must be added there too.
        Enum.GetValues<Exercise>().Should().OnlyContain(e => HistoryCheck.IsDefined(e)).And.HaveCount((int)Exercise.PressUp + 1);
        Enum.GetValues<RedFlag>().Should().OnlyContain(f => HistoryCheck.IsDefined(f)).And.HaveCount((int)RedFlag.HistoryOfCancer + 1);
        Enum.GetValues<SymptomLocation>().Should().HaveCount((int)SymptomLocation.Foot + 1);
        HistoryCheck.IsDefined((Exercise)3).Should().BeFalse();
        HistoryCheck.IsDefined((RedFlag)8).Should().BeFalse();
        HistoryCheck.IsDefined((Exercise)(-1)).Should().BeFalse();
    }

    private static bool Agree(History history, DateTimeOffset now, InputLimits limits, HistoryValidator validator)
    {
        var fast = HistoryCheck.IsValid(history, now, limits);
        var measured = EpisodeMeasurement.MeasureIfValid(history, now, ProtocolOptions.Default, limits) is not null;
        if (measured != fast)
        {
            throw new InvalidOperationException($"The one-pass check and measurement says {measured}, the fast check {fast}.");
        }

        var full = validator.Validate(history, now);
        if (fast != full.IsValid)
        {
            throw new InvalidOperationException(
                $"The fast check says {(fast ? "valid" : "invalid")}, the validator says {(full.IsValid ? "valid" : string.Join("; ", full.ToInputErrors()))}.");
        }

        return fast;
    }
}
