using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class HistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 55, 0, TimeSpan.Zero);

    // Built from scratch on every call, so no two calls share an array or a record.
    private static History Build() => new(
        [
            new Session(Exercise.ProneLying, Start, [new Rep(null, 5, SymptomLocation.Thigh, 3, Start.AddMinutes(1))], true, new SymptomReport(6, SymptomLocation.Thigh), new SymptomReport(4, SymptomLocation.Buttock)),
            new Session(Exercise.PressUp, Start.AddHours(2), [new Rep(0.3, 4), new Rep(0.4, 3, SymptomLocation.Back)]),
        ],
        new SymptomReport(7, SymptomLocation.Knee),
        [RedFlag.Fever, RedFlag.SignificantTrauma]);

    [Fact]
    public void Equals_SeparatelyBuiltEqualHistories_AreEqualWithEqualHashCodes()
    {
        var a = Build();
        var b = Build();

        a.Sessions.Should().NotBeSameAs(b.Sessions);
        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_SessionsInAnotherOrder_AreNotEqual()
    {
        var a = Build();
        var b = a with { Sessions = [a.Sessions[1], a.Sessions[0]] };

        a.Should().NotBe(b);
        (a != b).Should().BeTrue();
    }

    [Fact]
    public void Equals_RedFlagsInAnotherOrder_AreNotEqual()
    {
        var a = Build();

        a.Should().NotBe(a with { RedFlags = [RedFlag.SignificantTrauma, RedFlag.Fever] });
    }

    [Fact]
    public void Equals_OneRepDiffers_AreNotEqual()
    {
        var a = Build();
        var changedSession = a.Sessions[1] with { Reps = [new Rep(0.3, 4), new Rep(0.4, 3, SymptomLocation.Buttock)] };

        a.Should().NotBe(a with { Sessions = [a.Sessions[0], changedSession] });
    }

    [Fact]
    public void Equals_BaselineDiffers_AreNotEqual()
    {
        var a = Build();

        a.Should().NotBe(a with { Baseline = new SymptomReport(7) });
        a.Should().NotBe(a with { Baseline = null });
    }

    [Fact]
    public void Equals_ExtraSessionOrRedFlag_AreNotEqual()
    {
        var a = Build();

        a.Should().NotBe(a with { Sessions = a.Sessions.Add(a.Sessions[1]) });
        a.Should().NotBe(a with { RedFlags = a.RedFlags.Add(RedFlag.Fever) });
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Build().Equals(null).Should().BeFalse();
        Build().Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void Constructor_DefaultArrays_AreNormalisedToEmpty()
    {
        var history = new History(default, null, default);

        history.Sessions.IsDefault.Should().BeFalse();
        history.Sessions.Should().BeEmpty();
        history.RedFlags.IsDefault.Should().BeFalse();
        history.RedFlags.Should().BeEmpty();
        history.Baseline.Should().BeNull();
    }

    [Fact]
    public void With_DefaultArrays_AreNormalisedToEmpty()
    {
        var history = Build() with { Sessions = default, RedFlags = default };

        history.Sessions.IsDefault.Should().BeFalse();
        history.Sessions.Should().BeEmpty();
        history.RedFlags.IsDefault.Should().BeFalse();
        history.RedFlags.Should().BeEmpty();
    }

    [Fact]
    public void Equals_DefaultAndEmptyArrays_AreEqual()
    {
        var fromDefault = new History(default, null, default);
        var fromEmpty = new History(ImmutableArray<Session>.Empty, null, ImmutableArray<RedFlag>.Empty);

        fromDefault.Should().Be(fromEmpty);
        fromDefault.GetHashCode().Should().Be(fromEmpty.GetHashCode());
    }

    [Fact]
    public void ToString_ListsTheArrayContents()
    {
        new History(redFlags: [RedFlag.Fever, RedFlag.HistoryOfCancer]).ToString()
            .Should().Be("History { Baseline = , RedFlags = [Fever, HistoryOfCancer], Sessions = [] }");
    }
}
