using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Validation;

public sealed class ProtocolOptionsValidatorTests
{
    private static InputError[] Errors(ProtocolOptions options) =>
        [.. ProtocolOptionsValidator.Instance.Validate(options).ToInputErrors()];

    private static ProtocolOptions WithWhole(string name, int value) => name switch
    {
        "intensifyingPainDelta" => ProtocolOptions.Default with { IntensifyingPainDelta = value },
        "improvementPoints" => ProtocolOptions.Default with { ImprovementPoints = value },
        "improvementPercent" => ProtocolOptions.Default with { ImprovementPercent = value },
        "persistDays" => ProtocolOptions.Default with { PersistDays = value },
        "minSessionsPerDay" => ProtocolOptions.Default with { MinSessionsPerDay = value },
        "reviewDays" => ProtocolOptions.Default with { ReviewDays = value },
        "consecutiveWorseLimit" => ProtocolOptions.Default with { ConsecutiveWorseLimit = value },
        "maxReps" => ProtocolOptions.Default with { MaxReps = value, MinReps = 1 },
        "restSeconds" => ProtocolOptions.Default with { RestSeconds = value },
        "severePain" => ProtocolOptions.Default with { SeverePain = value },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static ProtocolOptions WithFraction(string name, double value) => name switch
    {
        "minRange" => ProtocolOptions.Default with { MinRange = value, StartRange = 1 },
        "rangeStep" => ProtocolOptions.Default with { RangeStep = value },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public void Validate_Defaults_AreValid()
    {
        Errors(ProtocolOptions.Default).Should().BeEmpty();
    }

    [Theory]
    [InlineData("intensifyingPainDelta", 1, 10)]
    [InlineData("improvementPoints", 1, 10)]
    [InlineData("improvementPercent", 1, 100)]
    [InlineData("persistDays", 1, 365)]
    [InlineData("minSessionsPerDay", 1, 48)]
    [InlineData("reviewDays", 1, 365)]
    [InlineData("consecutiveWorseLimit", 1, 100)]
    [InlineData("maxReps", 1, 100)]
    [InlineData("restSeconds", 1, 600)]
    [InlineData("severePain", 1, 10)]
    public void Validate_WholeNumberOption_BoundsPassAndOneBeyondFails(string name, int min, int max)
    {
        var problem = new InputError(name, $"must be between {min} and {max}");

        Errors(WithWhole(name, min)).Should().BeEmpty();
        Errors(WithWhole(name, max)).Should().BeEmpty();
        Errors(WithWhole(name, min - 1)).Should().Equal(problem);
        Errors(WithWhole(name, max + 1)).Should().Equal(problem);
    }

    [Fact]
    public void Validate_MinRepsAboveMaxReps_Reported()
    {
        Errors(ProtocolOptions.Default with { MaxReps = 12, MinReps = 13 }).Should().Equal(
            new InputError("minReps", "must not be greater than maxReps (12)"));
    }

    [Fact]
    public void Validate_MinRepsEqualToMaxReps_IsValid()
    {
        Errors(ProtocolOptions.Default with { MaxReps = 12, MinReps = 12 }).Should().BeEmpty();
    }

    [Fact]
    public void Validate_MaxRepsOutOfRange_OnlyThatIsReportedNotTheComparison()
    {
        Errors(ProtocolOptions.Default with { MaxReps = 0 }).Should().Equal(new InputError("maxReps", "must be between 1 and 100"));
    }

    [Theory]
    [InlineData("minRange")]
    [InlineData("rangeStep")]
    public void Validate_FractionOption_ZeroExclusiveOneInclusive(string name)
    {
        // Above 1 and NaN are tested separately: such a minRange also leaves startRange out of bounds.
        var problem = new InputError(name, "must be greater than 0 and at most 1");

        Errors(WithFraction(name, 1.0)).Should().BeEmpty();
        Errors(WithFraction(name, 0.001)).Should().BeEmpty();
        Errors(WithFraction(name, 0.0)).Should().Equal(problem);
        Errors(WithFraction(name, -0.1)).Should().Equal(problem);
    }

    [Fact]
    public void Validate_RangeStepAboveOneOrNaN_Reported()
    {
        var problem = new InputError("rangeStep", "must be greater than 0 and at most 1");

        Errors(ProtocolOptions.Default with { RangeStep = 1.001 }).Should().Equal(problem);
        Errors(ProtocolOptions.Default with { RangeStep = double.NaN }).Should().Equal(problem);
    }

    [Fact]
    public void Validate_MinRangeNaN_ReportedOnceWithoutAConsequentialStartRangeError()
    {
        Errors(ProtocolOptions.Default with { MinRange = double.NaN }).Should().Equal(
            new InputError("minRange", "must be greater than 0 and at most 1"));
    }

    [Fact]
    public void Validate_MinRangeAboveOne_ReportedOnceWithoutAConsequentialStartRangeError()
    {
        Errors(ProtocolOptions.Default with { MinRange = 1.001, StartRange = 1 }).Should().Equal(
            new InputError("minRange", "must be greater than 0 and at most 1"));
    }

    [Fact]
    public void Validate_MinRangeInvalidAndStartRangeOutOfBounds_ReportsBoth()
    {
        Errors(ProtocolOptions.Default with { MinRange = 0, StartRange = 1.5 }).Should().Equal(
            new InputError("minRange", "must be greater than 0 and at most 1"),
            new InputError("startRange", "must be greater than 0 and at most 1"));
    }

    [Fact]
    public void Validate_MinReps_OneToMaxRepsValid()
    {
        Errors(ProtocolOptions.Default with { MinReps = 1 }).Should().BeEmpty();
        Errors(ProtocolOptions.Default with { MinReps = 100, MaxReps = 100 }).Should().BeEmpty();
        Errors(ProtocolOptions.Default with { MinReps = 0 }).Should().Equal(new InputError("minReps", "must be between 1 and 100"));
    }

    [Fact]
    public void Validate_MinRepsAbove100_ReportsOnlyTheRange()
    {
        Errors(ProtocolOptions.Default with { MinReps = 101, MaxReps = 100 }).Should().Equal(
            new InputError("minReps", "must be between 1 and 100"));
    }

    [Theory]
    [InlineData(0.1, true)]
    [InlineData(1.0, true)]
    [InlineData(0.09, false)]
    [InlineData(1.01, false)]
    [InlineData(double.NaN, false)]
    public void Validate_StartRange_BetweenMinRangeAndOne(double startRange, bool valid)
    {
        InputError[] expected = valid ? [] : [new InputError("startRange", "must be between minRange (0.1) and 1")];

        Errors(ProtocolOptions.Default with { StartRange = startRange }).Should().Equal(expected);
    }

    [Fact]
    public void Validate_StartRangeBelowAChangedMinRange_MessageNamesThatMinRange()
    {
        Errors(ProtocolOptions.Default with { MinRange = 0.35, StartRange = 0.3 }).Should().Equal(
            new InputError("startRange", "must be between minRange (0.35) and 1"));
    }

    [Fact]
    public void Validate_SessionInterval_PositiveAndAtMostSevenDays()
    {
        var problem = new InputError("sessionInterval", "must be longer than 00:00:00 and at most 168:00:00");

        Errors(ProtocolOptions.Default with { SessionInterval = TimeSpan.FromTicks(1) }).Should().BeEmpty();
        Errors(ProtocolOptions.Default with { SessionInterval = TimeSpan.FromDays(7) }).Should().BeEmpty();
        Errors(ProtocolOptions.Default with { SessionInterval = TimeSpan.Zero }).Should().Equal(problem);
        Errors(ProtocolOptions.Default with { SessionInterval = TimeSpan.FromHours(-1) }).Should().Equal(problem);
        Errors(ProtocolOptions.Default with { SessionInterval = TimeSpan.FromDays(7).Add(TimeSpan.FromTicks(1)) }).Should().Equal(problem);
    }

    [Fact]
    public void Validate_SessionTimeout_PositiveAndAtMostOneDay()
    {
        var problem = new InputError("sessionTimeout", "must be longer than 00:00:00 and at most 24:00:00");

        Errors(ProtocolOptions.Default with { SessionTimeout = TimeSpan.FromTicks(1) }).Should().BeEmpty();
        Errors(ProtocolOptions.Default with { SessionTimeout = TimeSpan.FromDays(1) }).Should().BeEmpty();
        Errors(ProtocolOptions.Default with { SessionTimeout = TimeSpan.Zero }).Should().Equal(problem);
        Errors(ProtocolOptions.Default with { SessionTimeout = TimeSpan.FromDays(1).Add(TimeSpan.FromTicks(1)) }).Should().Equal(problem);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(60.0, true)]
    [InlineData(-0.01, false)]
    [InlineData(60.01, false)]
    [InlineData(double.NaN, false)]
    public void Validate_MinRepSeconds_BetweenZeroAndSixty(double seconds, bool valid)
    {
        InputError[] expected = valid ? [] : [new InputError("minRepSeconds", "must be between 0 and 60")];

        Errors(ProtocolOptions.Default with { MinRepSeconds = seconds }).Should().Equal(expected);
    }

    [Fact]
    public void Validate_RequireProgressionFalse_IsValid()
    {
        Errors(ProtocolOptions.Default with { RequireProgression = false }).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsThemAllInOptionOrder()
    {
        var options = ProtocolOptions.Default with
        {
            IntensifyingPainDelta = 0,
            MaxReps = 8,
            RangeStep = 2,
            StartRange = 0.05,
            SessionTimeout = TimeSpan.Zero,
            MinRepSeconds = -1,
        };

        Errors(options).Should().Equal(
            new InputError("intensifyingPainDelta", "must be between 1 and 10"),
            new InputError("minReps", "must not be greater than maxReps (8)"),
            new InputError("rangeStep", "must be greater than 0 and at most 1"),
            new InputError("startRange", "must be between minRange (0.1) and 1"),
            new InputError("sessionTimeout", "must be longer than 00:00:00 and at most 24:00:00"),
            new InputError("minRepSeconds", "must be between 0 and 60"));
    }

    [Fact]
    public void ThrowIfInvalid_ValidOptions_DoesNotThrow()
    {
        var act = () => ProtocolOptionsValidator.Instance.ThrowIfInvalid(ProtocolOptions.Default with { MaxReps = 12 });

        act.Should().NotThrow();
    }

    [Fact]
    public void ThrowIfInvalid_InvalidOptions_ThrowsListingEveryProblemInOneMessage()
    {
        var act = () => ProtocolOptionsValidator.Instance.ThrowIfInvalid(ProtocolOptions.Default with { MaxReps = 0, MinRange = 0 });

        var ex = act.Should().ThrowExactly<InvalidProtocolOptionsException>().Which;
        ex.Message.Should().Be(
            "The protocol options are not valid: maxReps: must be between 1 and 100; minRange: must be greater than 0 and at most 1. " +
            "Fix these options (see ProtocolOptions for what each means). (Parameter 'options')");
        ex.ParamName.Should().Be("options");
        ex.Errors.Should().Equal(
            new InputError("maxReps", "must be between 1 and 100"),
            new InputError("minRange", "must be greater than 0 and at most 1"));
    }

    [Fact]
    public void ThrowIfInvalid_Null_ThrowsArgumentNullException()
    {
        var act = () => ProtocolOptionsValidator.Instance.ThrowIfInvalid(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }
}
