using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    private State _state;

    public SetAccumulator(ProtocolOptions options) => _delta = options.IntensifyingPainDelta;

    /// <summary>Gets the last pain reported in the set so far (a rep's, else the <c>before</c>).</summary>
    public int? Pain => _state.Pain;

    /// <summary>Gets the last location reported in the set so far (a rep's, else the <c>before</c>).</summary>
    public SymptomLocation? Location => _state.Location;

    public int RepCount => _state.RepCount;

    public int ConsecutiveWorse => _state.ConsecutiveWorse;

    public int TrailingPeripheralised => _state.TrailingPeripheralised;

    public double? LastToleratedRange => _state.LastToleratedRange;

    public SymptomChange LastResponse => _state.LastResponse;

    /// <summary>Gets the latest time of the set: its start, or its latest rep time.</summary>
    public DateTimeOffset LastActivity => _state.LastActivity;

    /// <summary>Starts a new set (the accumulator is reused).</summary>
    /// <param name="before">The symptoms before the set.</param>
    /// <param name="startedAt">When the set started.</param>
    /// <param name="recordResponses">Whether to keep every rep's response (needed for the set's <see cref="SetMeasures.Responses"/>).</param>
    public void Start(SymptomReport? before, DateTimeOffset startedAt, bool recordResponses)
    {
        _state = new State
        {
            Pain = before?.Pain,
            Location = before?.Location,
            LastResponse = SymptomChange.Unknown,
            LastActivity = startedAt,
            LastActivityTicks = startedAt.UtcTicks,
        };
        _record = recordResponses;
    }

    /// <summary>Measures the next rep of the set.</summary>
    /// <param name="rep">The rep.</param>
    public void Add(Rep rep)
    {
        var count = _state.RepCount;
        Step(ref _state, rep, _delta);
        if (_record)
        {
            if (count == _responses.Length)
            {
                Array.Resize(ref _responses, Math.Max(16, count * 2));
            }

            _responses[count] = _state.LastResponse;
        }
    }

    /// <summary>Measures reps one after the other: the same steps as <see cref="Add"/>, with the state kept in registers.</summary>
    /// <param name="reps">The reps.</param>
    public void AddAll(Rep[] reps)
    {
        if (_record)
        {
            foreach (var rep in reps)
            {
                Add(rep);
            }

            return;
        }

        var state = _state;
        var delta = _delta;
        foreach (var rep in reps)
        {
            Step(ref state, rep, delta);
        }

        _state = state;
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

    /// <summary>One rep: its response against the last report before it, and everything that follows from it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref State s, Rep rep, int delta)
    {
        var pain = rep.Pain;
        var location = rep.Location;
        var response = SymptomComparison.Compare(s.Pain, s.Location, pain, location, delta);
        s.RepCount++;
        s.LastResponse = response;
        s.ConsecutiveWorse = response == SymptomChange.Worse ? s.ConsecutiveWorse + 1 : 0;
        s.TrailingPeripheralised = SymptomComparison.Peripheralised(s.Location, location) ? s.TrailingPeripheralised + 1 : 0;
        if (response is SymptomChange.Same or SymptomChange.Better && rep.Range is { } range)
        {
            s.LastToleratedRange = range;
        }

        s.Pain = pain ?? s.Pain;
        s.Location = location ?? s.Location;
        if (rep.At is { } at && at.UtcTicks > s.LastActivityTicks)
        {
            s.LastActivity = at;
            s.LastActivityTicks = at.UtcTicks;
        }
    }

    private struct State
    {
        public int? Pain;
        public SymptomLocation? Location;
        public int RepCount;
        public int ConsecutiveWorse;
        public int TrailingPeripheralised;
        public double? LastToleratedRange;
        public SymptomChange LastResponse;
        public DateTimeOffset LastActivity;
        public long LastActivityTicks;
    }
}
