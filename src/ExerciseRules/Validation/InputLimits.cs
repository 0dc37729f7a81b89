using System.Globalization;

namespace ExerciseRules.Validation;

/// <summary>
/// How much input a host accepts, so that a hostile or broken document cannot make reading or validating it take
/// unbounded memory or time. Input over a limit is reported like any other problem (an <see cref="InputError"/>
/// with its path) and gets no advice.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Serialization.ExerciseRulesJson"/> checks <see cref="MaxDocumentBytes"/> before it parses anything, and the counts
/// before it reads the elements; <see cref="HistoryValidator"/> checks the counts for histories built in C#.
/// </para>
/// <para>
/// The defaults fit any real episode: 2,000 sessions is more than 20 months at three sessions a day, and 2,000
/// sessions of 15 reps with every field, as <see cref="Serialization.ExerciseRulesJson.Serialize(Model.History)"/>
/// writes them (indented), take about 7 MB, within <see cref="MaxDocumentBytes"/>. <see cref="MaxRepsPerSession"/> is the
/// highest <see cref="Model.ProtocolOptions.MaxReps"/> allowed. Change one with a <see langword="with"/>
/// expression: <c>InputLimits.Default with { MaxSessions = 10_000 }</c>.
/// </para>
/// </remarks>
public sealed record InputLimits
{
    private readonly int _maxDocumentBytes = 8 * 1024 * 1024;
    private readonly int _maxSessions = 2_000;
    private readonly int _maxRepsPerSession = 100;
    private readonly int _maxRedFlags = 64;

    /// <summary>Gets the default limits.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Gets the largest JSON document read, in UTF-8 bytes. Default 8 MiB (8,388,608).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = AtLeastOne(value);
    }

    /// <summary>Gets the most sessions in a history. Default 2,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxSessions
    {
        get => _maxSessions;
        init => _maxSessions = AtLeastOne(value);
    }

    /// <summary>Gets the most reps in one session. Default 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxRepsPerSession
    {
        get => _maxRepsPerSession;
        init => _maxRepsPerSession = AtLeastOne(value);
    }

    /// <summary>Gets the most red flags in a history (there are eight kinds; the same one may be reported again). Default 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxRedFlags
    {
        get => _maxRedFlags;
        init => _maxRedFlags = AtLeastOne(value);
    }

    /// <summary>The problem with a document of <paramref name="bytes"/> bytes, or <see langword="null"/> when it is within the limit.</summary>
    internal InputError? DocumentProblem(long bytes) =>
        bytes > MaxDocumentBytes ? new InputError(InputError.RootPath, $"is {Grouped(bytes)} bytes; at most {Grouped(MaxDocumentBytes)} are allowed") : null;

    /// <summary>The message for a list of <paramref name="count"/> <paramref name="things"/> over <paramref name="max"/>.</summary>
    internal static string TooMany(long count, int max, string things) => $"has {Grouped(count)} {things}; at most {Grouped(max)} are allowed";

    private static int AtLeastOne(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        return value;
    }

    /// <summary>Writes 8388608 as <c>8 388 608</c>.</summary>
    internal static string Grouped(long value) =>
        value.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = " ", NumberGroupSizes = [3] });
}
