using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ExerciseRules.Legacy;

/// <summary>
/// One evaluation of a <see cref="RuleSet"/>: insert the facts, call <see cref="Fire(bool)"/>, then read the facts
/// the rules added, <see cref="FiredRules"/> and (when asked for) the <see cref="Trace"/>. A session is not
/// thread-safe; <see cref="Reset"/> makes it ready for the next evaluation without allocating again.
/// </summary>
/// <remarks>
/// The session holds at most one fact per type, which is known or unknown. Stages run in order; within a stage
/// the highest-priority rule whose conditions hold fires, and after any change to the facts the stage starts
/// again from the top. A rule fires once for the same facts (refraction) and again only when a fact it matched
/// is updated.
/// </remarks>
internal sealed class RuleSession : IRuleContext
{
    private static readonly Slot s_absent;

    private readonly RuleSet _ruleSet;
    private readonly Rule[] _rules;
    private readonly TestEntry[] _tests;
    private readonly int[] _boundIds;
    private readonly int _maxFirings;
    private readonly bool[] _fired;
    private readonly int[] _firedStamps;
    private readonly int[] _firingCounts;
    private readonly FiredRuleList _firedRules;
    private readonly List<RuleFiring> _traceFirings = [];
    private readonly List<RuleMiss> _traceMisses = [];
    private Slot[] _slots;

    // Slots of type ids from 64 on that this evaluation set (those below 64 are in the masks below).
    private int[] _touched = new int[4];

    // Which facts (of type ids below 64) are known and which unknown, for the rules' masks; and which slots
    // (below 64) this evaluation retracted: with the known and unknown ones, those Reset clears.
    private ulong _known;
    private ulong _unknown;
    private ulong _touchedLow;
    private int _touchedCount;
    private int _stamp;
    private int _totalFirings;

    // The index in RuleSet.Tests of the test being run, or -1: when a test throws, Fire names its rule and condition.
    private int _testing = -1;
    // The index of the rule whose action is running, or -1 (an index, so that setting it costs no GC write barrier).
    private int _current = -1;
    private bool _firing;

    internal RuleSession(RuleSet ruleSet)
    {
        _ruleSet = ruleSet;
        _rules = ruleSet.RuleArray;
        _tests = ruleSet.Tests;
        _boundIds = ruleSet.BoundIds;
        _maxFirings = ruleSet.Options.MaxFirings;
        _slots = new Slot[Math.Max(16, FactTypeId.Count)];
        _fired = new bool[_rules.Length];
        _firingCounts = new int[_rules.Length];
        _firedStamps = new int[_boundIds.Length];
        _firedRules = new FiredRuleList(_rules);
        FiredRules = _firedRules;
    }

    /// <summary>Gets the rule set this session evaluates.</summary>
    public RuleSet RuleSet => _ruleSet;

    /// <summary>Gets the rules fired so far, in the order they fired (a rule appears once per firing).</summary>
    public IReadOnlyList<Rule> FiredRules { get; }

    /// <summary>Gets the trace of the last <see cref="Fire(bool)"/> called with <c>trace: true</c>, or <see langword="null"/>.</summary>
    public EvaluationTrace? Trace { get; private set; }

    /// <inheritdoc />
    Rule IRuleContext.Rule => _current >= 0 ? _rules[_current] : throw new InvalidOperationException("No rule is firing; the context is only valid inside a rule's action.");

    /// <summary>Removes every fact, firing and trace, so the session can evaluate new facts.</summary>
    /// <exception cref="InvalidOperationException">Called from inside a rule's action.</exception>
    public void Reset()
    {
        ThrowIfFiring(nameof(Reset));

        // Clear only what this evaluation touched: the slots it set and the rules that fired.
        var slots = _slots;
        var low = _known | _unknown | _touchedLow;
        while (low != 0)
        {
            slots[BitOperations.TrailingZeroCount(low)] = default;
            low &= low - 1;
        }

        for (var i = 0; i < _touchedCount; i++)
        {
            slots[_touched[i]] = default;
        }

        _touchedLow = 0;
        _touchedCount = 0;
        _known = 0;
        _unknown = 0;
        var fired = _firedRules.Indices;
        for (var i = 0; i < _firedRules.Count; i++)
        {
            var index = fired[i];
            _fired[index] = false;
            _firingCounts[index] = 0;
        }

        _firedRules.Count = 0;
        _stamp = 0;
        _totalFirings = 0;
        Trace = null;
    }

    /// <summary>
    /// Runs the rule set: every stage in order, each until no rule can fire.
    /// </summary>
    /// <param name="trace">Whether to record a <see cref="Trace"/> of what fired, with the facts it matched, and of what did not fire and why.</param>
    /// <exception cref="RuleLoopException">Rules fired more than <see cref="RuleSetOptions.MaxFirings"/> times.</exception>
    /// <exception cref="RuleEvaluationException">A rule's condition or action threw.</exception>
    /// <exception cref="InvalidOperationException">Called from inside a rule's action.</exception>
    public void Fire(bool trace = false)
    {
        ThrowIfFiring(nameof(Fire));
        _firing = true;
        if (trace)
        {
            _traceFirings.Clear();
            _traceMisses.Clear();
        }

        try
        {
            var stages = _ruleSet.StageRules;
            for (var s = 0; s < stages.Length; s++)
            {
                var stageRules = stages[s];
                if (stageRules.Length > 0)
                {
                    RunStage(stageRules, _ruleSet.StageAbsentFrom[s], trace);
                }

                if (trace)
                {
                    RecordMisses(stageRules);
                }
            }
        }
        catch (Exception ex) when (_testing >= 0)
        {
            // A test threw (RunStage calls the tests directly, without an exception frame each).
            var k = _testing;
            _testing = -1;
            throw _ruleSet.TestConditions[k].Threw(_rules[_ruleSet.TestRules[k]].Name, ex);
        }
        finally
        {
            _firing = false;
            _current = -1;
            _testing = -1;
        }

        Trace = trace ? new EvaluationTrace([.. _traceFirings], [.. _traceMisses]) : null;
    }

    /// <summary>Adds a fact before firing. See <see cref="IRuleContext.Insert{T}(T)"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="fact">The fact.</param>
    public void Insert<T>(T fact)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(fact);
        var typeId = FactTypeId<T>.Value;
        ref var slot = ref WritableSlot(typeId);
        if (slot.State != FactState.Absent)
        {
            ThrowAlreadyHeld(typeof(T), slot.State, "call Update to replace it");
        }

        Set(ref slot, typeId, fact, null, FactState.Known, wasAbsent: true);
    }

    /// <summary>Records before firing that a fact is unknown. See <see cref="IRuleContext.InsertUnknown{T}(string)"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="reason">Why the fact is unknown.</param>
    public void InsertUnknown<T>(string reason)
        where T : class
    {
        Preconditions.CheckNotBlank(reason);
        var typeId = FactTypeId<T>.Value;
        ref var slot = ref WritableSlot(typeId);
        if (slot.State != FactState.Absent)
        {
            ThrowAlreadyHeld(typeof(T), slot.State, "call Retract first to record it as unknown");
        }

        Set(ref slot, typeId, null, reason, FactState.Unknown, wasAbsent: true);
    }

    /// <summary>Replaces a fact. See <see cref="IRuleContext.Update{T}(T)"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="fact">The new fact.</param>
    public void Update<T>(T fact)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(fact);
        var typeId = FactTypeId<T>.Value;
        ref var slot = ref WritableSlot(typeId);
        if (slot.State == FactState.Absent)
        {
            ThrowNothingToUpdate(typeof(T));
        }

        Set(ref slot, typeId, fact, null, FactState.Known, wasAbsent: false);
    }

    /// <summary>Removes a fact. See <see cref="IRuleContext.Retract{T}"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns><see langword="true"/> if a fact was removed.</returns>
    public bool Retract<T>()
        where T : class
    {
        var typeId = FactTypeId<T>.Value;
        ref var slot = ref WritableSlot(typeId);
        if (slot.State == FactState.Absent)
        {
            return false;
        }

        Set(ref slot, typeId, null, null, FactState.Absent, wasAbsent: false);
        return true;
    }

    /// <inheritdoc />
    public bool TryGet<T>([MaybeNullWhen(false)] out T fact)
        where T : class
    {
        ref readonly var slot = ref SlotOf(FactTypeId<T>.Value);
        if (slot.State == FactState.Known)
        {
            fact = Unsafe.As<T>(slot.Value!);
            return true;
        }

        fact = null;
        return false;
    }

    /// <inheritdoc />
    public T Get<T>()
        where T : class
    {
        ref readonly var slot = ref SlotOf(FactTypeId<T>.Value);
        if (slot.State != FactState.Known)
        {
            ThrowNotKnown(typeof(T), slot.State, slot.UnknownReason);
        }

        return Unsafe.As<T>(slot.Value!);
    }

    /// <inheritdoc />
    public FactState GetState<T>()
        where T : class => SlotOf(FactTypeId<T>.Value).State;

    /// <summary>Gets why the fact of type <typeparamref name="T"/> is unknown.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The reason given when the fact was recorded as unknown, or <see langword="null"/> if it is not unknown.</returns>
    public string? GetUnknownReason<T>()
        where T : class => SlotOf(FactTypeId<T>.Value).UnknownReason;

    internal ref readonly Slot SlotOf(int typeId) =>
        ref typeId < _slots.Length ? ref _slots[typeId] : ref s_absent;

    /// <summary>The known fact a rule matched, by its type id (the slot of T's id only ever holds a T).</summary>
    internal T Bound<T>(int typeId)
        where T : class => Unsafe.As<T>(_slots[typeId].Value!);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot WritableSlot(int typeId)
    {
        if ((uint)typeId >= (uint)_slots.Length)
        {
            GrowSlots(typeId);
        }

        return ref _slots[typeId];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowSlots(int typeId) => Array.Resize(ref _slots, Math.Max(typeId + 1, _slots.Length * 2));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowTouched() => Array.Resize(ref _touched, _touched.Length * 2);

    // Inlined into Insert, Update and the like: a call here cost as much as the work (the engine sets about ten facts per evaluation).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Set(ref Slot slot, int typeId, object? value, string? unknownReason, FactState state, bool wasAbsent)
    {
        if (typeId < 64)
        {
            // Keep the masks. Reset clears the slots of the known and unknown bits, and of _touchedLow.
            var bit = 1UL << typeId;
            if (wasAbsent)
            {
                // Neither bit is set (Insert, InsertUnknown): set one.
                if (state == FactState.Known)
                {
                    _known |= bit;
                }
                else
                {
                    _unknown |= bit;
                }
            }
            else
            {
                if (state == FactState.Absent)
                {
                    // Retracted: no mask says it was changed any more.
                    _touchedLow |= bit;
                }

                _known = (_known & ~bit) | (state == FactState.Known ? bit : 0);
                _unknown = (_unknown & ~bit) | (state == FactState.Unknown ? bit : 0);
            }
        }
        else if (slot.Stamp == 0)
        {
            // First change since the last reset: remember the slot so Reset clears it.
            if (_touchedCount == _touched.Length)
            {
                GrowTouched();
            }

            _touched[_touchedCount++] = typeId;
        }

        slot.Value = value;
        slot.UnknownReason = unknownReason;
        slot.State = state;
        slot.Stamp = ++_stamp;
    }

    private void RunStage(RuleEntry[] stageRules, ulong[] absentFrom, bool trace)
    {
        var tests = _tests;
        var slots = _slots;
        var i = 0;
        while ((uint)i < (uint)stageRules.Length)
        {
            // A fact that every rule from here on requires to be absent is there: none of them can fire.
            var known = _known;
            var unknown = _unknown;
            if (((known | unknown) & absentFrom[i]) != 0)
            {
                break;
            }

            ref readonly var rule = ref stageRules[i];
            i++;
            if (rule.Masked)
            {
                // Every fact state the conditions need, checked at once; then only the tests remain, in order.
                // One branch: a bit left over means a condition's fact is not in the state it needs.
                if (((~known & rule.RequiredKnown)
                    | (~unknown & rule.RequiredUnknown)
                    | ((known | unknown) & rule.MustBeAbsent)
                    | (unknown & rule.NotUnknown)) != 0)
                {
                    continue;
                }

                var k = rule.TestStart;
                for (; k < rule.TestEnd; k++)
                {
                    ref readonly var test = ref tests[k];
                    var fact = slots[test.TypeId].Value;
                    _testing = k;
                    if (test.IsNot)
                    {
                        // The masks ruled out an unknown fact: it is known (and passes or fails the test) or absent.
                        if (fact is not null && test.Test(fact))
                        {
                            break;
                        }
                    }
                    else if (!test.Test(fact!))
                    {
                        // The masks ensured the fact is known.
                        break;
                    }
                }

                if (k < rule.TestEnd)
                {
                    continue;
                }

                _testing = -1;
            }
            else
            {
                // Its conditions wrap their own exceptions.
                _testing = -1;
                if (!AllConditionsHold(_rules[rule.Index]))
                {
                    continue;
                }
            }

            if (_fired[rule.Index] && IsRefracted(in rule))
            {
                continue;
            }

            var before = _stamp;
            FireRule(in rule, trace);
            if (_stamp != before)
            {
                // A fact changed: start the stage again from the top (an action may also have grown the slots).
                slots = _slots;
                i = 0;
            }
        }

        // The last test run may have been false: nothing after the stage (the trace's misses) is a test of the loop.
        _testing = -1;
    }

    private bool AllConditionsHold(Rule rule) => FirstMiss(rule) is null;

    /// <summary>
    /// The first condition of a rule that does not hold, found as for a masked rule: every fact state the conditions
    /// need first, then the tests in order. So a test runs only when the rule could fire (a test that would throw on
    /// a fact the rule cannot match never runs), and explaining a miss runs no test that firing did not.
    /// </summary>
    private (Condition Condition, ConditionOutcome Outcome)? FirstMiss(Rule rule)
    {
        foreach (var condition in rule.ConditionArray)
        {
            var outcome = condition.EvaluateState(this);
            if (outcome != ConditionOutcome.Satisfied)
            {
                return (condition, outcome);
            }
        }

        foreach (var condition in rule.ConditionArray)
        {
            if (condition.HasTest && condition.Evaluate(this, rule.Name) is var outcome && outcome != ConditionOutcome.Satisfied)
            {
                return (condition, outcome);
            }
        }

        return null;
    }

    /// <summary>Refraction: a rule that fired fires again only if a fact it matched has changed since.</summary>
    private bool IsRefracted(in RuleEntry rule)
    {
        for (var b = rule.BoundStart; b < rule.BoundEnd; b++)
        {
            if (_slots[_boundIds[b]].Stamp != _firedStamps[b])
            {
                return false;
            }
        }

        return true;
    }

    private void FireRule(in RuleEntry entry, bool trace)
    {
        var index = entry.Index;
        var rule = _rules[index];
        if (_totalFirings >= _maxFirings)
        {
            ThrowLoop();
        }

        for (var b = entry.BoundStart; b < entry.BoundEnd; b++)
        {
            _firedStamps[b] = _slots[_boundIds[b]].Stamp;
        }

        _fired[index] = true;
        _firingCounts[index]++;
        _totalFirings++;
        _firedRules.Add(index);
        if (trace)
        {
            var facts = ImmutableArray.CreateBuilder<object>(entry.BoundEnd - entry.BoundStart);
            for (var b = entry.BoundStart; b < entry.BoundEnd; b++)
            {
                facts.Add(_slots[_boundIds[b]].Value!);
            }

            _traceFirings.Add(new RuleFiring(rule.Metadata, _totalFirings, facts.MoveToImmutable()));
        }

        _current = index;
        try
        {
            rule.Action(this);
        }
        catch (Exception ex) when (ex is not RuleEvaluationException and not RuleLoopException)
        {
            throw new RuleEvaluationException(
                rule.Name,
                $"The action of rule '{rule.Name}' threw {ex.GetType().Name}: {ex.Message}",
                ex);
        }
        finally
        {
            _current = -1;
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowLoop()
    {
        var most = 0;
        for (var r = 1; r < _firingCounts.Length; r++)
        {
            if (_firingCounts[r] > _firingCounts[most])
            {
                most = r;
            }
        }

        throw new RuleLoopException(_ruleSet.Options.MaxFirings, _rules[most].Name, _firingCounts[most]);
    }

    private void RecordMisses(RuleEntry[] stageRules)
    {
        foreach (var entry in stageRules)
        {
            var index = entry.Index;
            if (_fired[index])
            {
                continue;
            }

            var rule = _ruleSet.Rules[index];
            if (FirstMiss(rule) is not var (condition, outcome))
            {
                // Every condition holds: the rule was refused by refraction or the stage stopped; nothing to explain.
                continue;
            }

            ref readonly var slot = ref SlotOf(condition.TypeId);
            var reason = outcome switch
            {
                ConditionOutcome.FactMissing => MissReason.FactMissing,
                ConditionOutcome.FactUnknown => MissReason.FactUnknown,
                ConditionOutcome.FactPresent => MissReason.FactPresent,
                ConditionOutcome.FactKnown => MissReason.FactKnown,
                _ => MissReason.TestFalse,
            };
            _traceMisses.Add(new RuleMiss(rule.Metadata, reason, condition.Info, slot.Value, slot.UnknownReason));
        }
    }

    // The throws live apart so that Insert, Get and the like stay small enough to inline.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowAlreadyHeld(Type type, FactState state, string what) =>
        throw new InvalidOperationException($"The session already holds a{(state == FactState.Unknown ? "n unknown" : string.Empty)} {type.Name} fact; {what}.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNothingToUpdate(Type type) =>
        throw new InvalidOperationException($"The session holds no {type.Name} fact to update; call Insert to add it.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotKnown(Type type, FactState state, string? reason) =>
        throw new InvalidOperationException(state == FactState.Unknown
            ? $"The {type.Name} fact is unknown ({reason}); use TryGet when it may be."
            : $"The session holds no {type.Name} fact; insert it before firing, or use TryGet when it may be absent.");

    private void ThrowIfFiring(string operation)
    {
        if (_firing)
        {
            throw new InvalidOperationException($"{operation} cannot be called from inside a rule's action; change facts through the IRuleContext instead.");
        }
    }

    /// <summary>
    /// The rules fired so far, as a read-only list. Reset only sets the count back: the rules belong to the rule set
    /// and outlive the session, so there is nothing to release (a List would clear its array on every reset).
    /// </summary>
    private sealed class FiredRuleList(Rule[] rules) : IReadOnlyList<Rule>
    {
        /// <summary>The indices of the rules fired, in order: Reset clears the rules' state from these, and only sets the count back.</summary>
        public int[] Indices { get; private set; } = new int[16];

        public int Count { get; set; }

        public Rule this[int index] => (uint)index < (uint)Count ? rules[Indices[index]] : throw new ArgumentOutOfRangeException(nameof(index));

        public void Add(int index)
        {
            if (Count == Indices.Length)
            {
                Grow();
            }

            Indices[Count++] = index;
        }

        public IEnumerator<Rule> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return rules[Indices[i]];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Grow()
        {
            var indices = Indices;
            Array.Resize(ref indices, indices.Length * 2);
            Indices = indices;
        }
    }

    internal struct Slot
    {
        public object? Value;
        public string? UnknownReason;
        public FactState State;
        public int Stamp;
    }
}
