using CsCheck;
using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Validation;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>The fast options check (start-up without FluentValidation) and <see cref="ProtocolOptionsValidator"/> agree on valid options and on options with one number changed anywhere in or out of its range.</summary>
public sealed class FastOptionsValidationPropertyTests
{
    private static readonly double[] Edges = [0.0, 1.0, 1.0000001, -0.0000001, 10, 11, 48, 49, 60, 60.0001, 100, 101, 365, 366, 600, 601, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    private static readonly Gen<double> AnyNumber = Gen.Frequency(
        (4, Gen.Int[-2, 2].Select(i => (double)i)),
        (4, Gen.Double[-0.5, 1.5]),
        (2, Gen.Int[0, Edges.Length - 1].Select(i => Edges[i])),
        (2, Gen.Int[-1000, 1000].Select(i => (double)i)));

    private static readonly Gen<ProtocolOptions> ChangedOptions = Gen.Select(ProtocolGen.Options, Gen.Int[0, 17], AnyNumber, (o, field, v) =>
    {
        var whole = double.IsFinite(v) ? (int)Math.Clamp(Math.Round(v), int.MinValue, int.MaxValue) : 0;
        var time = double.IsFinite(v) ? TimeSpan.FromMinutes(Math.Clamp(v, -1, 1) * 10 * 24 * 60) : TimeSpan.Zero;
        return field switch
        {
            0 => o with { IntensifyingPainDelta = whole },
            1 => o with { ImprovementPoints = whole },
            2 => o with { ImprovementPercent = whole },
            3 => o with { PersistDays = whole },
            4 => o with { MinSessionsPerDay = whole },
            5 => o with { ReviewDays = whole },
            6 => o with { ConsecutiveWorseLimit = whole },
            7 => o with { MaxReps = whole },
            8 => o with { MinReps = whole },
            9 => o with { RestSeconds = whole },
            10 => o with { MinRange = v },
            11 => o with { RangeStep = v },
            12 => o with { StartRange = v },
            13 => o with { SessionInterval = time },
            14 => o with { SessionTimeout = time },
            15 => o with { MinRepSeconds = v * 60 },
            16 => o with { SeverePain = whole },
            _ => o with { StartRange = o.MinRange - 1e-9 },
        };
    });

    [Fact]
    public void FastOptionsCheck_ValidAndChangedOptions_AgreesWithTheValidator() =>
        Gen.Frequency((1, ProtocolGen.Options), (4, ChangedOptions)).Check(o =>
        {
            var full = ProtocolOptionsValidator.Instance.Validate(o);
            if (OptionsCheck.IsValid(o) != full.IsValid)
            {
                throw new InvalidOperationException($"The fast check says {OptionsCheck.IsValid(o)}, the validator says {full.IsValid} ({string.Join("; ", full.ToInputErrors())}) for {o}");
            }
        });
}
