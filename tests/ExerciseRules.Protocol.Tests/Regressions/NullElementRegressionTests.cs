using ExerciseRules.Model;

namespace ExerciseRules.Protocol.Tests.Regressions;

/// <summary>
/// Found by the bad-input property: a C# host can put null into a history's arrays. Advice must then be a validation
/// error naming the element, never an exception.
/// </summary>
public sealed class NullElementRegressionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 8, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advise_NullRepInAnEarlierSession_GivesAnErrorNamingTheRep()
    {
        var history = new History(
        [
            new Session(Exercise.ProneLying, Now.AddHours(-3), [null!, new Rep(0.2, 5, SymptomLocation.Back)]),
            new Session(Exercise.ProneLying, Now.AddHours(-1), [new Rep(0.2, 5, SymptomLocation.Back)]),
        ]);

        var result = new Advisor().Advise(history, Now);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Contain("sessions[0].reps[0]: must be a rep, not null");
    }

    [Fact]
    public void Advise_NullRepInTheOnlySession_GivesAnErrorNamingTheRep()
    {
        var history = new History([new Session(Exercise.PressUp, Now.AddMinutes(-3), [new Rep(0.2, 5, SymptomLocation.Back), null!])]);

        var result = new Advisor().Advise(history, Now);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Contain("sessions[0].reps[1]: must be a rep, not null");
    }

    [Fact]
    public void Advise_NullSession_GivesAnErrorNamingTheSession()
    {
        var history = new History([new Session(Exercise.PressUp, Now.AddHours(-3)), null!, new Session(Exercise.PressUp, Now.AddHours(-1))]);

        var result = new Advisor().Advise(history, Now);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Contain("sessions[1]: must be a session, not null");
    }
}
