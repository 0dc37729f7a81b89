using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// The measurement of one set, fed rep by rep: each rep's response against the last symptoms reported before it
/// (an earlier rep of the set, else the session's <c>before</c>), worse reps in a row, trailing spreads down the
/// leg and the last tolerated range. <see cref="SetMeasures.Of"/> (a whole session at once) and
/// <see cref="EpisodeAccumulator"/> (the batch pass over a history, and <see cref="AdviceTracker"/> event by event)
/// all measure through this one type, so there is one definition of a rep's response.
/// </summary>
/// <remarks>Adding a rep is O(1); the responses are kept only when asked for (the set that may be under way).</remarks>
internal sealed class SetAccumulator
{
    private readonly int _delta;
    private SymptomChange[] _responses = [];
    private bool _record;

    public SetAccumulator(ProtocolOptions options) => _delta = options.IntensifyingPainDelta;

    /// <summary>Gets the last pain reported in the set so far (a rep's, else the <c>before</c>).</summary>
    public int? Pain { get; private set; }

    /// <summary>Gets the last location reported in the set so far (a rep's, else the <c>before</c>).</summary>
    public SymptomLocation? Location { get; private set; }

    public int RepCount { get; private set; }

    public int ConsecutiveWorse { get; private set; }

    public int TrailingPeripheralised { get; private set; }

    public double? LastToleratedRange { get; private set; }

    public SymptomChange LastResponse { get; private set; }

    /// <summary>Starts a new set (the accumulator is reused).</summary>
    /// <param name="before">The symptoms before the set.</param>
    /// <param name="recordResponses">Whether to keep every rep's response (needed for the set's <see cref="SetMeasures.Responses"/>).</param>
    public void Start(SymptomReport? before, bool recordResponses)
    {
        Pain = before?.Pain;
        Location = before?.Location;
        RepCount = 0;
        ConsecutiveWorse = 0;
        TrailingPeripheralised = 0;
        LastToleratedRange = null;
        LastResponse = SymptomChange.Unknown;
        _record = recordResponses;
    }

    /// <summary>Measures the next rep of the set.</summary>
    /// <param name="rep">The rep.</param>
    public void Add(Rep rep)
    {
        var response = SymptomComparison.Compare(Pain, Location, rep.Pain, rep.Location, _delta);
        if (_record)
        {
            if (RepCount == _responses.Length)
            {
                Array.Resize(ref _responses, Math.Max(16, RepCount * 2));
            }

            _responses[RepCount] = response;
        }

        RepCount++;
        LastResponse = response;
        ConsecutiveWorse = response == SymptomChange.Worse ? ConsecutiveWorse + 1 : 0;
        TrailingPeripheralised = SymptomComparison.Peripheralised(Location, rep.Location) ? TrailingPeripheralised + 1 : 0;
        if (response is SymptomChange.Same or SymptomChange.Better && rep.Range is { } range)
        {
            LastToleratedRange = range;
        }

        Pain = rep.Pain ?? Pain;
        Location = rep.Location ?? Location;
    }

    /// <summary>Gets whether the set so far ends with the keeps-worsening pattern of rule 5.</summary>
    public bool KeepsWorsening(ProtocolOptions options) =>
        SetMeasures.KeepsWorsening(ConsecutiveWorse, TrailingPeripheralised, options);

    /// <summary>Gets how the after-set symptoms compare with the before-set symptoms.</summary>
    public SymptomChange AfterVersusBefore(SymptomReport? before, SymptomReport? after) =>
        SymptomComparison.Compare(before?.Pain, before?.Location, after?.Pain, after?.Location, _delta);

    /// <summary>Classifies the set once it is finished.</summary>
    public SetOutcome OutcomeOf(SymptomReport? before, SymptomReport? after, bool completed, ProtocolOptions options) =>
        SetMeasures.OutcomeOf(ConsecutiveWorse, TrailingPeripheralised, AfterVersusBefore(before, after), completed, RepCount, LastResponse, options);

    /// <summary>Builds the set's measures (its responses must have been recorded).</summary>
    public SetMeasures ToMeasures(SymptomReport? before, SymptomReport? after)
    {
        if (!_record && RepCount > 0)
        {
            throw new InvalidOperationException("The responses of this set were not recorded.");
        }

        var responses = RepCount == 0 ? ImmutableArray<SymptomChange>.Empty : ImmutableArray.Create(_responses, 0, RepCount);
        return new SetMeasures(responses, ConsecutiveWorse, TrailingPeripheralised, LastToleratedRange, AfterVersusBefore(before, after));
    }
}
