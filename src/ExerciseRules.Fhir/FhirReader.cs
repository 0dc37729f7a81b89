using System.Collections.Immutable;
using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Validation;
using Hl7.Fhir.Model;

namespace ExerciseRules.Fhir;

/// <summary>
/// Maps FHIR R4 resources of one patient to a <see cref="History"/>: the rules of docs/fhir.md. One reader per read;
/// not thread-safe.
/// </summary>
internal sealed class FhirReader
{
    private const string Exercises = "proneLying, proneOnElbows or pressUp";

    private readonly InputLimits _limits;
    private readonly string? _patientId;
    private readonly List<InputError> _errors = [];
    private readonly List<string> _ignored = [];
    private readonly Dictionary<string, Item> _byFullUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Item> _byTypeAndId = new(StringComparer.Ordinal);
    private string? _patient;
    private string? _patientPath;

    public FhirReader(InputLimits limits, string? patientId)
    {
        _limits = limits;
        _patientId = patientId;
    }

    private enum Kind
    {
        Ignored,
        Patient,
        Session,
        Rep,
        Before,
        After,
        Pain,
        RedFlag,
    }

    /// <summary>Reads the documents (each a path and a resource, usually a Bundle).</summary>
    public FhirHistoryResult Read(IReadOnlyList<(string Path, Resource Resource)> documents)
    {
        var root = documents.Count > 0 ? documents[0].Path : InputError.RootPath;
        var items = Flatten(documents);
        if (_errors.Count > 0)
        {
            return FhirHistoryResult.Invalid(_errors);
        }

        foreach (var item in items)
        {
            Classify(item);
        }

        // The members of a session that is left out (entered in error, cancelled) are left out with it.
        foreach (var session in items.Where(i => i.Kind == Kind.Session && i.Skipped))
        {
            foreach (var member in ((Observation)session.Resource).HasMember)
            {
                if (member.Reference is { } reference && Resolve(reference) is { Kind: Kind.Rep or Kind.Before or Kind.After, Skipped: false } left)
                {
                    left.Skipped = true;
                    _ignored.Add(left.Path);
                }
            }
        }

        var used = items.Where(i => i.Kind is not (Kind.Ignored or Kind.Patient) && !i.Skipped).ToList();
        foreach (var item in used)
        {
            CheckSubject(item);
        }

        var sessionItems = used.Where(i => i.Kind == Kind.Session).ToList();
        if (sessionItems.Count > _limits.MaxSessions)
        {
            _errors.Add(new InputError(sessionItems[0].Document, $"has {JsonPreScan.Grouped(sessionItems.Count)} sessions; at most {JsonPreScan.Grouped(_limits.MaxSessions)} are allowed"));
            return FhirHistoryResult.Invalid(_errors);
        }

        var flagItems = used.Where(i => i.Kind == Kind.RedFlag).ToList();
        var sessions = new List<(Session Session, SessionSource Source)>();
        foreach (var item in sessionItems)
        {
            if (MapSession(item) is { } mapped)
            {
                sessions.Add(mapped);
            }
        }

        foreach (var orphan in used.Where(i => i.Kind is Kind.Rep or Kind.Before or Kind.After && i.Owner is null))
        {
            _errors.Add(new InputError(orphan.Path, "is not a member of any session: no session's hasMember refers to it"));
        }

        var flags = new List<(RedFlag Flag, string Path)>();
        foreach (var item in flagItems)
        {
            if (MapRedFlag(item) is { } flag)
            {
                flags.Add((flag, item.Path));
            }
        }

        if (flags.Count > _limits.MaxRedFlags)
        {
            _errors.Add(new InputError(flagItems[0].Document, $"has {JsonPreScan.Grouped(flags.Count)} red flags; at most {JsonPreScan.Grouped(_limits.MaxRedFlags)} are allowed"));
        }

        // Sessions in time order (a Bundle, a search result in particular, has no order of its own); stable for equal starts.
        var ordered = sessions.Select((s, i) => (s, i)).OrderBy(p => p.s.Session.StartedAt).ThenBy(p => p.i).Select(p => p.s).ToList();
        var baseline = Baseline(used.Where(i => i.Kind == Kind.Pain), ordered.Count > 0 ? ordered[0].Session.StartedAt : null);
        if (_errors.Count > 0)
        {
            return FhirHistoryResult.Invalid(_errors, _patient);
        }

        var history = new History(
            [.. ordered.Select(s => s.Session)],
            baseline?.Report,
            [.. flags.Select(f => f.Flag)]);
        var map = new SourceMap(root, baseline?.Source, [.. ordered.Select(s => s.Source)], [.. flags.Select(f => f.Path)]);
        var validator = _limits == InputLimits.Default ? HistoryValidator.Instance : new HistoryValidator(_limits);
        var validation = validator.Validate(history);
        if (!validation.IsValid)
        {
            return FhirHistoryResult.Invalid(validation.Errors.Select(e => new InputError(map.Locate(e.PropertyName) ?? e.PropertyName, e.ErrorMessage)), _patient);
        }

        return FhirHistoryResult.Valid(history, _patient, [.. _ignored], map);
    }

    private List<Item> Flatten(IReadOnlyList<(string Path, Resource Resource)> documents)
    {
        var items = new List<Item>();
        foreach (var (path, resource) in documents)
        {
            if (resource is Bundle bundle)
            {
                for (var l = 0; l < bundle.Link.Count; l++)
                {
                    if (string.Equals(bundle.Link[l].Relation, "next", StringComparison.OrdinalIgnoreCase))
                    {
                        _errors.Add(new InputError($"{path}.link[{l}]", "the Bundle is one page of a larger result (relation next): send every result in one Bundle, or the history would be incomplete"));
                    }
                }

                for (var e = 0; e < bundle.Entry.Count; e++)
                {
                    var entry = bundle.Entry[e];
                    var entryPath = $"{path}.entry[{e}]";
                    if (entry.Resource is null)
                    {
                        _errors.Add(new InputError(entryPath, "has no resource"));
                        continue;
                    }

                    if (entry.Resource is Bundle)
                    {
                        _errors.Add(new InputError(entryPath + ".resource", "is a Bundle inside a Bundle: put its entries in the outer Bundle"));
                        continue;
                    }

                    Add(items, new Item(entryPath + ".resource", entry.Resource, entry.FullUrl, path));
                }
            }
            else
            {
                Add(items, new Item(path, resource, null, path));
            }
        }

        return items;
    }

    private void Add(List<Item> items, Item item)
    {
        if (item.Resource.Id is { } id && _byTypeAndId.TryGetValue($"{item.Resource.TypeName}/{id}", out var first))
        {
            // The same resource again (two prefetch searches can both find it): read once.
            _ignored.Add(item.Path);
            if (item.FullUrl is { } again && !_byFullUrl.ContainsKey(again))
            {
                _byFullUrl[again] = first;
            }

            return;
        }

        if (item.FullUrl is { } fullUrl)
        {
            if (!_byFullUrl.TryAdd(fullUrl, item))
            {
                _errors.Add(new InputError(item.Path[..item.Path.LastIndexOf(".resource", StringComparison.Ordinal)] + ".fullUrl", $"'{fullUrl}' is the fullUrl of {_byFullUrl[fullUrl].Path} too; each entry needs its own"));
                return;
            }
        }

        if (item.Resource.Id is { } resourceId)
        {
            _byTypeAndId[$"{item.Resource.TypeName}/{resourceId}"] = item;
        }

        items.Add(item);
    }

    private void Classify(Item item)
    {
        switch (item.Resource)
        {
            case Patient:
                item.Kind = Kind.Patient;
                _ignored.Add(item.Path);
                return;
            case Observation observation:
                item.Kind = ObservationKind(item, observation);
                item.Skipped = item.Kind != Kind.Ignored
                    && observation.Status is ObservationStatus.Cancelled or ObservationStatus.EnteredInError;
                break;
            case Condition condition:
                item.Kind = ConditionKind(item, condition);
                break;
            case OperationOutcome outcome:
                var failed = outcome.Issue.FirstOrDefault(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
                if (failed is not null)
                {
                    _errors.Add(new InputError(item.Path, $"is an OperationOutcome that reports an error: {failed.Diagnostics ?? failed.Details?.Text ?? failed.Code?.ToString() ?? "no details"}; the data could not be fetched, so the history would be incomplete"));
                }

                item.Kind = Kind.Ignored;
                break;
            default:
                item.Kind = Kind.Ignored;
                break;
        }

        if (item.Kind == Kind.Ignored || item.Skipped)
        {
            _ignored.Add(item.Path);
        }
    }

    private Kind ObservationKind(Item item, Observation observation)
    {
        var kinds = new List<(Kind Kind, RedFlag? Flag)>();
        var codings = observation.Code?.Coding ?? [];
        for (var c = 0; c < codings.Count; c++)
        {
            var coding = codings[c];
            var path = $"{item.Path}.code.coding[{c}]";
            if (coding.System == FhirCodes.CodeSystem)
            {
                switch (coding.Code)
                {
                    case FhirCodes.Session:
                        kinds.Add((Kind.Session, null));
                        continue;
                    case FhirCodes.Rep:
                        kinds.Add((Kind.Rep, null));
                        continue;
                    case FhirCodes.SymptomsBeforeSet:
                        kinds.Add((Kind.Before, null));
                        continue;
                    case FhirCodes.SymptomsAfterSet:
                        kinds.Add((Kind.After, null));
                        continue;
                }
            }

            if (coding.System == FhirCodes.Loinc && coding.Code == FhirCodes.PainSeverity)
            {
                kinds.Add((Kind.Pain, null));
            }
            else if (coding.System is not null && coding.Code is not null && CodeTables.RedFlagsRead.TryGetValue((coding.System, coding.Code), out var flag))
            {
                kinds.Add((Kind.RedFlag, flag));
            }
            else if (coding.System == FhirCodes.CodeSystem)
            {
                _errors.Add(new InputError(path + ".code", UnknownOwnCode(coding.Code, "an Observation code (exercise-session, exercise-rep, symptoms-before-set, symptoms-after-set) or a red flag")));
            }
        }

        return Single(item, kinds);
    }

    private Kind ConditionKind(Item item, Condition condition)
    {
        var kinds = new List<(Kind Kind, RedFlag? Flag)>();
        var codings = condition.Code?.Coding ?? [];
        for (var c = 0; c < codings.Count; c++)
        {
            var coding = codings[c];
            if (coding.System is not null && coding.Code is not null && CodeTables.RedFlagsRead.TryGetValue((coding.System, coding.Code), out var flag))
            {
                kinds.Add((Kind.RedFlag, flag));
            }
            else if (coding.System == FhirCodes.CodeSystem)
            {
                _errors.Add(new InputError($"{item.Path}.code.coding[{c}].code", UnknownOwnCode(coding.Code, "a red flag")));
            }
        }

        var kind = Single(item, kinds);
        if (kind == Kind.RedFlag && !IsPresent(condition, item.Flag!.Value))
        {
            item.Skipped = true;
        }

        return kind;
    }

    private Kind Single(Item item, List<(Kind Kind, RedFlag? Flag)> kinds)
    {
        var distinct = kinds.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return Kind.Ignored;
        }

        if (distinct.Count > 1)
        {
            _errors.Add(new InputError(item.Path + ".code", $"has codings that mean different things ({string.Join(", ", distinct.Select(Describe))}); it can be only one"));
            return Kind.Ignored;
        }

        item.Flag = distinct[0].Flag;
        return distinct[0].Kind;
    }

    private static string Describe((Kind Kind, RedFlag? Flag) kind) => kind.Kind switch
    {
        Kind.RedFlag => "red flag " + Serialization.WireNames.Of(kind.Flag!.Value),
        Kind.Pain => "pain severity",
        Kind.Before => "symptoms before a set",
        Kind.After => "symptoms after a set",
        Kind.Rep => "a rep",
        _ => "a session",
    };

    private static string UnknownOwnCode(string? code, string what) =>
        $"'{code}' is not {what} of {FhirCodes.CodeSystem} (see docs/fhir.md)";

    /// <summary>
    /// Whether a red-flag Condition stands: not refuted or entered in error, and not inactive, in remission or resolved
    /// (a past cancer is a history of cancer whatever its clinical status).
    /// </summary>
    private static bool IsPresent(Condition condition, RedFlag flag)
    {
        var verification = condition.VerificationStatus?.Coding.Where(c => c.System == FhirCodes.ConditionVerification).Select(c => c.Code);
        if (verification?.Any(c => c is "entered-in-error" or "refuted") == true)
        {
            return false;
        }

        if (flag == RedFlag.HistoryOfCancer)
        {
            return true;
        }

        var clinical = condition.ClinicalStatus?.Coding.Where(c => c.System == FhirCodes.ConditionClinical).Select(c => c.Code);
        return clinical?.Any(c => c is "inactive" or "remission" or "resolved") != true;
    }

    private void CheckSubject(Item item)
    {
        var subject = item.Resource switch
        {
            Observation o => o.Subject,
            Condition c => c.Subject,
            _ => null,
        };
        var path = item.Path + ".subject";
        if (subject?.Reference is not { Length: > 0 } reference)
        {
            _errors.Add(new InputError(path, "is required: a reference to the patient (Patient/id)"));
            return;
        }

        string? key = null;
        if (Resolve(reference) is { } target)
        {
            if (target.Resource is not Patient)
            {
                _errors.Add(new InputError(path + ".reference", $"refers to {target.Path}, a {target.Resource.TypeName}: it must refer to the patient"));
                return;
            }

            key = target.Resource.Id is { } id ? "Patient/" + id : target.FullUrl;
        }
        else if (TypeAndId(reference) is { } typeAndId)
        {
            if (!typeAndId.StartsWith("Patient/", StringComparison.Ordinal))
            {
                _errors.Add(new InputError(path + ".reference", $"'{reference}' must refer to a Patient"));
                return;
            }

            key = typeAndId;
        }

        if (key is null)
        {
            _errors.Add(new InputError(path + ".reference", $"'{reference}' does not resolve to a patient: use Patient/id"));
            return;
        }

        if (_patientId is not null && key != "Patient/" + _patientId)
        {
            _errors.Add(new InputError(path + ".reference", $"refers to {key}, but the request is for Patient/{_patientId}"));
            return;
        }

        if (_patient is null)
        {
            _patient = key;
            _patientPath = path;
        }
        else if (_patient != key)
        {
            _errors.Add(new InputError(path + ".reference", $"refers to {key}, but {_patientPath} refers to {_patient}: a history is of one patient"));
        }
    }

    private Item? Resolve(string reference)
    {
        if (_byFullUrl.TryGetValue(reference, out var byUrl))
        {
            return byUrl;
        }

        return TypeAndId(reference) is { } key && _byTypeAndId.TryGetValue(key, out var byId) ? byId : null;
    }

    /// <summary><c>Type/id</c> of a relative or absolute reference (a version suffix dropped), or <see langword="null"/>.</summary>
    private static string? TypeAndId(string reference)
    {
        var parts = reference.Split('/');
        var n = parts.Length;
        if (n >= 4 && parts[n - 2] == "_history")
        {
            n -= 2;
        }

        if (n < 2 || parts[n - 2].Length == 0 || !char.IsUpper(parts[n - 2][0]) || !FhirIds.IsId(parts[n - 1]))
        {
            return null;
        }

        return $"{parts[n - 2]}/{parts[n - 1]}";
    }

    private (Session, SessionSource)? MapSession(Item item)
    {
        var observation = (Observation)item.Resource;
        var p = item.Path;
        var errorsBefore = _errors.Count;

        var exercise = SessionExercise(observation, p);
        DateTimeOffset startedAt = default;
        if (observation.Effective is Period period)
        {
            if (period.Start is null)
            {
                _errors.Add(new InputError(p + ".effectivePeriod.start", "is required: when the session started"));
            }
            else if (Moment(period.Start, p + ".effectivePeriod.start") is { } start)
            {
                startedAt = start;
                if (period.End is not null && Moment(period.End, p + ".effectivePeriod.end") is { } end && end < start)
                {
                    _errors.Add(new InputError(p + ".effectivePeriod.end", "must not be before effectivePeriod.start"));
                }
            }
        }
        else
        {
            _errors.Add(new InputError(observation.Effective is null ? p + ".effectivePeriod" : p + ".effective[x]", "is required as effectivePeriod, whose start is when the session started"));
        }

        bool completed = false;
        switch (observation.Status)
        {
            case ObservationStatus.Final or ObservationStatus.Amended or ObservationStatus.Corrected:
                completed = true;
                break;
            case ObservationStatus.Preliminary or ObservationStatus.Registered:
                break;
            case null:
                _errors.Add(new InputError(p + ".status", "is required: final when the set was completed, preliminary when it was not"));
                break;
            default:
                _errors.Add(new InputError(p + ".status", "'unknown' does not say whether the set was completed: use final (completed) or preliminary (not completed)"));
                break;
        }

        if (observation.Component.Count > 0)
        {
            _errors.Add(new InputError(p + ".component", "a session has no components: its reps are Observations in hasMember"));
        }

        var reps = new List<Rep>();
        var repSources = new List<RepSource>();
        (SymptomReport Report, SymptomSource Source)? before = null, after = null;
        var maxMembers = _limits.MaxRepsPerSession + 2;
        if (observation.HasMember.Count > maxMembers)
        {
            _errors.Add(new InputError(p + ".hasMember", $"has {JsonPreScan.Grouped(observation.HasMember.Count)} members; at most {JsonPreScan.Grouped(maxMembers)} are allowed ({_limits.MaxRepsPerSession} reps and the symptoms before and after the set)"));
        }
        else
        {
            for (var k = 0; k < observation.HasMember.Count; k++)
            {
                var memberPath = $"{p}.hasMember[{k}]";
                if (Member(item, observation.HasMember[k], memberPath) is not { } member)
                {
                    continue;
                }

                switch (member.Kind)
                {
                    case Kind.Rep:
                        if (MapRep(member) is { } rep)
                        {
                            reps.Add(rep.Rep);
                            repSources.Add(rep.Source);
                        }

                        break;
                    case Kind.Before when before is not null:
                    case Kind.After when after is not null:
                        _errors.Add(new InputError(memberPath, $"is a second report of the symptoms {(member.Kind == Kind.Before ? "before" : "after")} the set; a session has at most one"));
                        break;
                    case Kind.Before:
                        before = MapSymptoms(member);
                        break;
                    case Kind.After:
                        after = MapSymptoms(member);
                        break;
                }
            }

            if (reps.Count > _limits.MaxRepsPerSession)
            {
                _errors.Add(new InputError(p + ".hasMember", $"has {JsonPreScan.Grouped(reps.Count)} reps; at most {JsonPreScan.Grouped(_limits.MaxRepsPerSession)} are allowed"));
            }
        }

        if (_errors.Count > errorsBefore || exercise is null)
        {
            return null;
        }

        var session = new Session(exercise.Value, startedAt, [.. reps], completed, before?.Report, after?.Report);
        return (session, new SessionSource(p, repSources, before?.Source, after?.Source));
    }

    private Exercise? SessionExercise(Observation observation, string p)
    {
        if (observation.Value is null)
        {
            _errors.Add(new InputError(p + ".valueCodeableConcept", $"is required: the exercise of the set ({Exercises} of {FhirCodes.CodeSystem})"));
            return null;
        }

        if (observation.Value is not CodeableConcept concept)
        {
            _errors.Add(new InputError(p + ".value[x]", $"must be valueCodeableConcept: the exercise of the set ({Exercises})"));
            return null;
        }

        for (var c = 0; c < concept.Coding.Count; c++)
        {
            var coding = concept.Coding[c];
            if (coding.System != FhirCodes.CodeSystem)
            {
                continue;
            }

            if (coding.Code is not null && CodeTables.ExercisesRead.TryGetValue(coding.Code, out var exercise))
            {
                return exercise;
            }

            _errors.Add(new InputError($"{p}.valueCodeableConcept.coding[{c}].code", $"'{coding.Code}' is not an exercise: use {Exercises}"));
            return null;
        }

        _errors.Add(new InputError(p + ".valueCodeableConcept", $"must hold a coding of {FhirCodes.CodeSystem}: {Exercises}"));
        return null;
    }

    private Item? Member(Item session, ResourceReference reference, string path)
    {
        if (reference.Reference is not { Length: > 0 } text)
        {
            _errors.Add(new InputError(path, "must be a reference (hasMember.reference) to a rep or a symptom report"));
            return null;
        }

        if (Resolve(text) is not { } member)
        {
            _errors.Add(new InputError(path + ".reference", $"'{text}' does not resolve: no resource given has this fullUrl or id"));
            return null;
        }

        if (ReferenceEquals(member, session))
        {
            _errors.Add(new InputError(path + ".reference", "refers to the session itself (a cycle)"));
            return null;
        }

        if (member.Skipped)
        {
            return null;
        }

        if (member.Kind == Kind.Session)
        {
            _errors.Add(new InputError(path + ".reference", $"refers to {member.Path}, a session: sessions do not nest (a session's members are its reps and symptom reports)"));
            return null;
        }

        if (member.Kind is not (Kind.Rep or Kind.Before or Kind.After))
        {
            _errors.Add(new InputError(path + ".reference", $"refers to {member.Path}, which is not a rep or a symptom report of a set"));
            return null;
        }

        if (member.Owner is { } owner)
        {
            _errors.Add(new InputError(path + ".reference", owner == session
                ? $"refers to {member.Path} again: each member is listed once"
                : $"refers to {member.Path}, a member of {owner.Path} already: a rep or symptom report belongs to one session"));
            return null;
        }

        member.Owner = session;
        return member;
    }

    private (Rep Rep, RepSource Source)? MapRep(Item item)
    {
        var observation = (Observation)item.Resource;
        var p = item.Path;
        var errorsBefore = _errors.Count;
        NoMembersOrValue(observation, p, "a rep", "its measurements are components");

        DateTimeOffset? at = observation.Effective switch
        {
            null => null,
            FhirDateTime dateTime => Moment(dateTime.Value, p + ".effectiveDateTime"),
            Instant instant => instant.Value,
            _ => Bad<DateTimeOffset?>(p + ".effective[x]", "must be effectiveDateTime: when the rep was done"),
        };
        var location = Location(observation.BodySite, p + ".bodySite");

        double? range = null, duration = null;
        int? pain = null;
        int rangeIndex = -1, painIndex = -1, durationIndex = -1;
        for (var k = 0; k < observation.Component.Count; k++)
        {
            var component = observation.Component[k];
            var cp = $"{p}.component[{k}]";
            switch (ComponentKind(component))
            {
                case FhirCodes.RepRange when rangeIndex >= 0:
                case FhirCodes.PainSeverity when painIndex >= 0:
                case FhirCodes.RepDuration when durationIndex >= 0:
                    _errors.Add(new InputError(cp, "repeats a component: a rep has at most one range, one pain and one duration"));
                    break;
                case FhirCodes.RepRange:
                    rangeIndex = k;
                    range = QuantityValue(component, cp, "1", "a fraction of full range");
                    if (range is < 0 or > 1)
                    {
                        _errors.Add(new InputError(cp + ".valueQuantity.value", "must be between 0 and 1 (a fraction of full range)"));
                    }

                    break;
                case FhirCodes.PainSeverity:
                    painIndex = k;
                    pain = Pain(component.Value, cp);
                    break;
                case FhirCodes.RepDuration:
                    durationIndex = k;
                    duration = QuantityValue(component, cp, "s", "seconds");
                    if (duration is <= 0 or > 600)
                    {
                        _errors.Add(new InputError(cp + ".valueQuantity.value", "must be greater than 0 and at most 600"));
                    }

                    break;
                default:
                    _errors.Add(new InputError(cp + ".code", $"is not a component of a rep: use {FhirCodes.RepRange} or {FhirCodes.RepDuration} of {FhirCodes.CodeSystem}, or LOINC {FhirCodes.PainSeverity} (pain)"));
                    break;
            }
        }

        return _errors.Count > errorsBefore
            ? null
            : (new Rep(range, pain, location, duration, at), new RepSource(p, rangeIndex, painIndex, durationIndex));
    }

    private (SymptomReport, SymptomSource)? MapSymptoms(Item item)
    {
        var observation = (Observation)item.Resource;
        var p = item.Path;
        var errorsBefore = _errors.Count;
        NoMembersOrValue(observation, p, "a symptom report", "its pain is a component");
        var location = Location(observation.BodySite, p + ".bodySite");
        int? pain = null;
        var painIndex = -1;
        for (var k = 0; k < observation.Component.Count; k++)
        {
            var cp = $"{p}.component[{k}]";
            if (ComponentKind(observation.Component[k]) != FhirCodes.PainSeverity)
            {
                _errors.Add(new InputError(cp + ".code", $"is not a component of a symptom report: use LOINC {FhirCodes.PainSeverity} (pain)"));
            }
            else if (painIndex >= 0)
            {
                _errors.Add(new InputError(cp, "repeats the pain component"));
            }
            else
            {
                painIndex = k;
                pain = Pain(observation.Component[k].Value, cp);
            }
        }

        return _errors.Count > errorsBefore ? null : (new SymptomReport(pain, location), new SymptomSource(p, painIndex));
    }

    private void NoMembersOrValue(Observation observation, string p, string what, string why)
    {
        if (observation.HasMember.Count > 0)
        {
            _errors.Add(new InputError(p + ".hasMember", $"{what} has no members (only a session has: a member that has members would nest sessions or make a cycle)"));
        }

        if (observation.Value is not null)
        {
            _errors.Add(new InputError(p + ".value[x]", $"{what} has no value: {why}"));
        }
    }

    private static string? ComponentKind(Observation.ComponentComponent component)
    {
        foreach (var coding in component.Code?.Coding ?? [])
        {
            if (coding.System == FhirCodes.CodeSystem && coding.Code is FhirCodes.RepRange or FhirCodes.RepDuration)
            {
                return coding.Code;
            }

            if (coding.System == FhirCodes.Loinc && coding.Code == FhirCodes.PainSeverity)
            {
                return FhirCodes.PainSeverity;
            }
        }

        return null;
    }

    private double? QuantityValue(Observation.ComponentComponent component, string cp, string unit, string meaning)
    {
        if (component.Value is null)
        {
            return null;
        }

        if (component.Value is not Quantity quantity || quantity.System != FhirCodes.Ucum || quantity.Code != unit)
        {
            _errors.Add(new InputError(cp + ".valueQuantity", $"must be a Quantity in UCUM unit {unit} ({meaning}): system {FhirCodes.Ucum}, code {unit}"));
            return null;
        }

        if (quantity.Comparator is not null)
        {
            _errors.Add(new InputError(cp + ".valueQuantity.comparator", "must be absent: the value is exact"));
            return null;
        }

        if (quantity.Value is not { } value)
        {
            _errors.Add(new InputError(cp + ".valueQuantity.value", "is required"));
            return null;
        }

        return double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private int? Pain(DataType? value, string path)
    {
        switch (value)
        {
            case null:
                return null;
            case Integer { Value: { } pain }:
                if (pain is < SymptomReport.MinPain or > SymptomReport.MaxPain)
                {
                    _errors.Add(new InputError(path + ".valueInteger", "must be between 0 and 10"));
                    return null;
                }

                return pain;
            default:
                _errors.Add(new InputError(path + ".value[x]", "must be valueInteger: pain from 0 (none) to 10 (worst imaginable)"));
                return null;
        }
    }

    private SymptomLocation? Location(CodeableConcept? bodySite, string path)
    {
        if (bodySite is null)
        {
            return null;
        }

        var found = new List<SymptomLocation>();
        var unknown = new List<string>();
        foreach (var coding in bodySite.Coding)
        {
            if (coding.System is not null && coding.Code is not null && CodeTables.LocationsRead.TryGetValue((coding.System, coding.Code), out var location))
            {
                found.Add(location);
            }
            else
            {
                unknown.Add($"{coding.System}|{coding.Code}");
            }
        }

        var distinct = found.Distinct().ToList();
        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        _errors.Add(new InputError(path, distinct.Count > 1
            ? $"codes more than one location ({string.Join(", ", distinct.Select(Serialization.WireNames.Of))}); give the most distal one"
            : bodySite.Coding.Count == 0
                ? "must be coded: one of the symptom locations of docs/fhir.md (SNOMED CT body structures, or noSymptoms)"
                : $"{string.Join(", ", unknown)} is not a symptom location: use SNOMED CT 37822005 (lower back), 46862004 (buttock), 68367000 (thigh), 72696002 (knee), 53840002 (calf), 56459004 (foot), or {FhirCodes.NoSymptoms} of {FhirCodes.CodeSystem}"));
        return null;
    }

    private DateTimeOffset? Moment(string? value, string path)
    {
        // The deserializer has checked the FHIR syntax; a time with hours always has an offset in FHIR.
        if (value is not null && value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return moment;
        }

        _errors.Add(new InputError(path, $"'{value}' must be a date and time with an offset, e.g. 2026-11-24T09:55:00Z (a date alone cannot be ordered against the sessions)"));
        return null;
    }

    private T Bad<T>(string path, string message)
    {
        _errors.Add(new InputError(path, message));
        return default!;
    }

    private (SymptomReport Report, SymptomSource Source)? Baseline(IEnumerable<Item> pains, DateTimeOffset? firstSession)
    {
        (SymptomReport Report, SymptomSource Source, DateTimeOffset At)? best = null;
        foreach (var item in pains)
        {
            var observation = (Observation)item.Resource;
            var p = item.Path;
            var errorsBefore = _errors.Count;
            DateTimeOffset? at = observation.Effective switch
            {
                FhirDateTime dateTime => Moment(dateTime.Value, p + ".effectiveDateTime"),
                Instant instant => instant.Value,
                Period period when period.Start is not null => Moment(period.Start, p + ".effectivePeriod.start"),
                Period period when period.End is not null => Moment(period.End, p + ".effectivePeriod.end"),
                null => Bad<DateTimeOffset?>(p + ".effective[x]", "is required: when the pain was reported, to tell whether it is the baseline"),
                _ => Bad<DateTimeOffset?>(p + ".effective[x]", "must be effectiveDateTime, effectiveInstant or effectivePeriod: when the pain was reported"),
            };
            var pain = Pain(observation.Value, p);
            var location = Location(observation.BodySite, p + ".bodySite");
            if (_errors.Count > errorsBefore || at is not { } moment)
            {
                continue;
            }

            // The baseline is the latest report at or before the first session's start (the latest of all without sessions).
            if (firstSession is { } first && moment > first)
            {
                _ignored.Add(p);
                continue;
            }

            if (best is null || moment >= best.Value.At)
            {
                best = (new SymptomReport(pain, location), new SymptomSource(p, -1), moment);
            }
        }

        return best is { } b ? (b.Report, b.Source) : null;
    }

    private RedFlag? MapRedFlag(Item item)
    {
        if (item.Resource is not Observation observation)
        {
            return item.Flag;
        }

        switch (observation.Value)
        {
            case null:
            case FhirBoolean { Value: true }:
                return item.Flag;
            case FhirBoolean { Value: false }:
                _ignored.Add(item.Path);
                return null;
            default:
                _errors.Add(new InputError(item.Path + ".value[x]", "must be valueBoolean (true: present, false: absent) or left out (present)"));
                return null;
        }
    }

    /// <summary>One resource given: where it is, and what it maps to.</summary>
    private sealed class Item(string path, Resource resource, string? fullUrl, string document)
    {
        public string Path { get; } = path;

        /// <summary>Gets the path of the document the resource is in (the counts of the limits are reported there).</summary>
        public string Document { get; } = document;

        public Resource Resource { get; } = resource;

        public string? FullUrl { get; } = fullUrl;

        public Kind Kind { get; set; }

        public RedFlag? Flag { get; set; }

        /// <summary>Gets or sets whether the resource is of a kind the history reads but its status leaves it out.</summary>
        public bool Skipped { get; set; }

        public Item? Owner { get; set; }
    }
}
