using ExerciseRules.Model;
using PressUpCoach;

namespace ExerciseRules.Samples.Tests.Coach;

/// <summary>The interactive coach, driven by scripted answers instead of a person at the terminal.</summary>
public sealed class CoachLoopTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Run_NewEpisode_AsksTheBaselineAndStartsWithLyingOnTheStomach()
    {
        var clock = new DemoClock(Start);
        var coach = new CoachSession(new Advisor(ProtocolOptions.Default, clock), clock);
        var input = new ScriptedInput(clock, Enumerable.Repeat(new SymptomReport(5, SymptomLocation.Buttock), 13));
        var console = new TextConsole();

        new CoachLoop(console.Console, input, coach).Run();

        // Baseline, before the set, 10 reps (the same each time: the set is done after minReps), after the set.
        input.SymptomsAsked.Should().Be(13);
        input.RangesAsked.Should().Be(0, "the range is optional for the lying positions, so the coach does not ask it");
        coach.History.Baseline.Should().Be(new SymptomReport(5, SymptomLocation.Buttock));
        var session = coach.History.Sessions.Should().ContainSingle().Subject;
        session.Exercise.Should().Be(Exercise.ProneLying);
        session.Completed.Should().BeTrue();
        session.Reps.Should().HaveCount(10).And.OnlyContain(r => r.At != null);
        console.Output.Should().Contain("(finishSet,").And.Contain("(nextSession,").And.Contain("Rest well.");
    }

    [Fact]
    public void Run_RedFlagBeforeTheSet_StopsWithUrgentCareAndRecordsNoRep()
    {
        var clock = new DemoClock(Start);
        var coach = new CoachSession(new Advisor(ProtocolOptions.Default, clock), clock, new History(baseline: new SymptomReport(4, SymptomLocation.Back)));
        var input = new ScriptedInput(clock, [new SymptomReport(4, SymptomLocation.Back)]) { RedFlags = [RedFlag.Fever] };
        var console = new TextConsole();

        new CoachLoop(console.Console, input, coach).Run();

        coach.History.RedFlags.Should().Equal(RedFlag.Fever);
        coach.History.Sessions.Should().ContainSingle().Which.Reps.Should().BeEmpty();
        console.Output.Should().Contain("(seekUrgentCare,").And.Contain("see a doctor today").And.Contain("The coach stops here.");
    }

    private sealed class ScriptedInput(DemoClock clock, IEnumerable<SymptomReport> symptoms) : ICoachInput
    {
        private readonly Queue<SymptomReport> _symptoms = new(symptoms);

        public IReadOnlyList<RedFlag> RedFlags { get; init; } = [];

        public int SymptomsAsked { get; private set; }

        public int RangesAsked { get; private set; }

        public SymptomReport AskSymptoms(string question)
        {
            SymptomsAsked++;
            clock.Advance(TimeSpan.FromSeconds(30));
            return _symptoms.Dequeue();
        }

        public IReadOnlyList<RedFlag> AskRedFlags() => RedFlags;

        public double AskRange(int repNumber, double? target)
        {
            RangesAsked++;
            return target ?? 0.3;
        }

        public bool AskStartNextSession(DateTimeOffset? due) => false;
    }
}
