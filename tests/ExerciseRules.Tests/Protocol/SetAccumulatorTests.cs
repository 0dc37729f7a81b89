using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol;

/// <summary>The rep-by-rep measurement of a set (internal; <see cref="SetMeasuresTests"/> covers what it measures).</summary>
public sealed class SetAccumulatorTests
{
    [Fact]
    public void ToMeasures_ResponsesNotRecorded_ThrowsSayingSo()
    {
        var set = new SetAccumulator(ProtocolOptions.Default);
        set.Start(Symptoms(4, Back), Now, recordResponses: false);
        set.Add(Rep(0.5, 4, Back));

        var act = () => set.ToMeasures(Symptoms(4, Back), null);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The responses of this set were not recorded.");
    }

    [Fact]
    public void ToMeasures_NoRepsAndNotRecorded_HasNoResponses()
    {
        var set = new SetAccumulator(ProtocolOptions.Default);
        set.Start(Symptoms(4, Back), Now, recordResponses: false);

        set.ToMeasures(Symptoms(4, Back), null).Responses.Should().BeEmpty();
    }

    [Fact]
    public void AddAll_WithoutRecording_MeasuresAsAddDoes()
    {
        Rep[] reps = [Rep(0.3, 5, Back), Rep(0.4, 6, Buttock), Rep(0.5, 6, Buttock), Rep(0.6, 3, Back)];
        var one = new SetAccumulator(ProtocolOptions.Default);
        var all = new SetAccumulator(ProtocolOptions.Default);
        one.Start(Symptoms(5, Back), Now, recordResponses: true);
        all.Start(Symptoms(5, Back), Now, recordResponses: false);

        foreach (var rep in reps)
        {
            one.Add(rep);
        }

        all.AddAll(reps);

        (all.RepCount, all.Pain, all.Location, all.LastResponse, all.ConsecutiveWorse, all.TrailingPeripheralised, all.LastToleratedRange)
            .Should().Be((one.RepCount, one.Pain, one.Location, one.LastResponse, one.ConsecutiveWorse, one.TrailingPeripheralised, one.LastToleratedRange));
        all.RepCount.Should().Be(4);
        all.LastToleratedRange.Should().Be(0.6);
    }
}
