"""Writes the example histories of docs/examples and their manifests (examples.json, invalid/invalid.json).

The expectations come from PROTOCOL.md, DESIGN.md and the clinical source text only, never from the code.
Run: python3 docs/examples/generate_examples.py
"""
import json, os, datetime as dt
OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True); os.makedirs(OUT + "/invalid", exist_ok=True)

def T(s): return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")
def S(t): return t.strftime("%Y-%m-%dT%H:%M:%SZ")

def sym(p=None, loc=None):
    d = {}
    if p is not None: d["pain"] = p
    if loc is not None: d["location"] = loc
    return d

def session(ex, start, before, items, after=None, completed=True, gap=40, first=60, loc=None):
    """items: tuples (range, pain, location, duration); None = not reported."""
    t0 = T(start); reps = []
    for i, it in enumerate(items):
        it = tuple(it) + (None,) * (4 - len(it))
        r, p, l, d = it
        if l is None and loc is not None and p is not None: l = loc
        rep = {}
        if r is not None: rep["range"] = r
        if p is not None: rep["pain"] = p
        if l is not None and l != "-": rep["location"] = l
        if d is not None: rep["durationSeconds"] = d
        elif ex == "pressUp": rep["durationSeconds"] = 4
        rep["at"] = S(t0 + dt.timedelta(seconds=first + i * gap))
        reps.append(rep)
    s = {"exercise": ex, "startedAt": start}
    if before is not None: s["before"] = before
    s["reps"] = reps
    if after is not None: s["after"] = after
    s["completed"] = completed
    return s

def last_at(s): return s["reps"][-1]["at"]

# --- the two positions, tolerated on 2026-11-23 (baseline: pain 6 reaching the buttock)
BASE = sym(6, "buttock")
F_LYING = session("proneLying", "2026-11-23T08:00:00Z", sym(6, "buttock"),
                  [(None, p) for p in [6, 6, 6, 6, 5, 5, 5, 5, 5, 5]], sym(5, "buttock"), loc="buttock", gap=45)
F_ELBOWS = session("proneOnElbows", "2026-11-23T10:30:00Z", sym(5, "buttock"),
                   [(None, p) for p in [5, 5, 5, 5, 5, 4, 4, 4, 4, 4]], sym(4, "buttock"), loc="buttock", gap=45)
FOUND = [F_LYING, F_ELBOWS]

def hist(sessions, baseline=BASE, redFlags=None):
    h = {}
    if baseline is not None: h["baseline"] = baseline
    if redFlags: h["redFlags"] = redFlags
    h["sessions"] = sessions
    return h

# ---------- compact, readable JSON (one rep per line)
def dump(obj, ind=0):
    pad = "  " * ind
    if isinstance(obj, dict):
        if not obj: return "{}"
        if all(not isinstance(v, (dict, list)) for v in obj.values()) and ind >= 3:
            return json.dumps(obj, separators=(", ", ": "))
        if set(obj) <= {"pain", "location"}:
            return json.dumps(obj, separators=(", ", ": "))
        items = [f'{pad}  {json.dumps(k)}: {dump(v, ind + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(obj, list):
        if not obj: return "[]"
        if all(not isinstance(v, (dict, list)) for v in obj):
            return json.dumps(obj, separators=(", ", ": "))
        items = [f"{pad}  {dump(v, ind + 1)}" for v in obj]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(obj)

manifest = []
def ex(name, h, now, expect, checks, options=None):
    with open(f"{OUT}/{name}", "w") as f: f.write(dump(h) + "\n")
    e = {"file": name, "now": now, "options": options, "expect": expect, "checks": checks}
    manifest.append(e)

NMA = "notMedicalAdvice"
def X(step, **kw):
    e = {"step": step}
    e.update({k: v for k, v in kw.items()})
    inc = e.pop("inc", []); exc = e.pop("exc", [])
    e["messagesInclude"] = [NMA] + inc
    if exc: e["messagesExclude"] = exc
    return e

# =============== 1, 2: red flags
good_open = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
                    [(0.3, 5, "buttock"), (0.4, 5, "buttock"), (0.5, 4, "back")], completed=False)
ex("01-red-flag-emergency.json", hist(FOUND + [good_open], redFlags=["saddleNumbness"]), "2026-11-24T09:58:00Z",
   X("seekUrgentCare", urgency="emergency", decidedBy="red-flag-emergency"),
   "PROTOCOL row 1: saddleNumbness reported -> seekUrgentCare, urgency emergency, even in the middle of a set that is going well (invariant: a red flag always yields seekUrgentCare).")
ex("01b-red-flag-emergency-over-urgent.json", hist([], baseline=sym(7, "foot"), redFlags=["fever", "bladderOrBowelChange"]), "2026-11-20T08:00:00Z",
   X("seekUrgentCare", urgency="emergency", decidedBy="red-flag-emergency"),
   "PROTOCOL rows 1-2, highest priority first: bladderOrBowelChange (emergency) together with fever (urgent) -> emergency; works with no sessions at all.")
worsening_open = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
                         [(0.3, 4, "buttock"), (0.4, 5, "buttock"), (0.3, 6, "buttock"), (0.2, 7, "buttock")], completed=False)
ex("02-red-flag-urgent.json", hist(FOUND + [worsening_open], redFlags=["constantNightPain"]), "2026-11-24T09:59:00Z",
   X("seekUrgentCare", urgency="urgent", decidedBy="red-flag-urgent"),
   "PROTOCOL row 2: constantNightPain -> seekUrgentCare, urgency urgent; outranks row 5 (three worse reps in the open set).")

# =============== 3: pain persists (regular: 4 sessions a day, 2026-11-20 08:00 .. 2026-11-24 08:00)
def regular_history(pain, loc, baseline, lying_first=True):
    ss = []
    day = T("2026-11-20T08:00:00Z"); i = 0
    while day <= T("2026-11-24T08:00:00Z"):
        ex_ = "proneLying" if i == 0 else "proneOnElbows" if i == 1 else "pressUp"
        items = [(None, pain)] * 10 if ex_ != "pressUp" else [(min(1.0, round(0.3 + 0.1 * k, 1)), pain) for k in range(10)]
        ss.append(session(ex_, S(day), sym(pain, loc), items, sym(pain, loc), loc=loc))
        i += 1
        day += dt.timedelta(hours=4) if day.hour < 20 else dt.timedelta(hours=12)
    return hist(ss, baseline=baseline)
reg = regular_history(6, "thigh", sym(6, "thigh"))
assert reg["sessions"][-1]["startedAt"] == "2026-11-24T08:00:00Z" and last_at(reg["sessions"][-1]) == "2026-11-24T08:07:00Z"
ex("03-pain-persists.json", reg, "2026-11-24T10:00:00Z",
   X("contactTherapist", urgency="routine", decidedBy="pain-persists", exc=["exerciseRegularly", "reportSymptoms"]),
   "PROTOCOL row 3 / source 'if the pain persists for more than a few days even after performing the exercise regularly then immediately contact your physical therapist': 4 days since the first session, 4 sessions in every 24 h window, pain still 6 reaching the thigh as at baseline.")
ex("03b-pain-persists-improved-by-points.json", regular_history(6, "thigh", sym(8, "thigh")), "2026-11-24T10:00:00Z",
   X("nextSession", exercise="pressUp", nextSessionDue="2026-11-24T10:07:00Z", decidedBy="between-sessions",
     exc=["exerciseRegularly", "centralising", "reportSymptoms"]),
   "Derived fact 'improved': latest pain 6 <= baseline 8 - improvementPoints 2, so row 3 does not fire; row 12: last session ended 08:07 + 2 h -> nextSession due 10:07; row 13: last set tolerated pressUp -> pressUp.")
ex("03c-pain-persists-centralised.json", regular_history(6, "buttock", sym(6, "thigh")), "2026-11-24T10:00:00Z",
   X("nextSession", exercise="pressUp", nextSessionDue="2026-11-24T10:07:00Z", decidedBy="between-sessions",
     inc=["centralising"], exc=["exerciseRegularly"]),
   "Derived fact 'improved' (location centralised vs baseline: thigh -> buttock, same pain 6), so row 3 does not fire; message centralising (latest location more central than the baseline).")
# not regular: one session a day
irr = []
for k, (d, e_) in enumerate([("2026-11-20T09:00:00Z", "proneLying"), ("2026-11-21T09:00:00Z", "proneOnElbows"),
                             ("2026-11-22T09:00:00Z", "pressUp"), ("2026-11-23T09:00:00Z", "pressUp"), ("2026-11-24T07:00:00Z", "pressUp")]):
    items = [(None, 6)] * 10 if e_ != "pressUp" else [(min(1.0, round(0.3 + 0.1 * j, 1)), 6) for j in range(10)]
    irr.append(session(e_, d, sym(6, "thigh"), items, sym(6, "thigh"), loc="thigh"))
ex("03d-exercise-regularly.json", hist(irr, baseline=sym(6, "thigh")), "2026-11-24T10:00:00Z",
   X("startSet", exercise="pressUp", targetRange=0.9, decidedBy="between-sessions", inc=["exerciseRegularly", "keepRelaxed"]),
   "Message exerciseRegularly ('even after performing the exercise regularly'): 4 days, pain not improved, but only 1 session a day, so row 3 does not fire (row 4 needs 14 days); row 12: due 09:07 -> startSet; row 11 start target: last tolerated pressUp range 1.0 - rangeStep 0.1 = 0.9 (reading: a startSet from row 12 gets the row-11 start target); keepRelaxed with startSet of pressUp.")
ex("03e-pain-persists-option-persistDays.json", reg, "2026-11-24T10:00:00Z",
   X("nextSession", exercise="pressUp", nextSessionDue="2026-11-24T10:07:00Z", decidedBy="between-sessions", exc=["exerciseRegularly"]),
   "Options: persistDays 5; only 4.08 days since the first session, so row 3 does not fire and exerciseRegularly (after persistDays) does not apply.",
   options={"persistDays": 5})
ex("03f-pain-persists-option-minSessionsPerDay.json", hist(irr, baseline=sym(6, "thigh")), "2026-11-24T10:00:00Z",
   X("contactTherapist", urgency="routine", decidedBy="pain-persists", exc=["exerciseRegularly"]),
   "Options: minSessionsPerDay 1 makes one session a day regular, so row 3 fires for the 03d history (4 days, pain not improved).",
   options={"minSessionsPerDay": 1})
nob = regular_history(6, "thigh", None)
ex("03g-baseline-missing.json", nob, "2026-11-24T10:00:00Z",
   X("nextSession", exercise="pressUp", decidedBy="between-sessions", inc=["reportSymptoms"]),
   "Message reportSymptoms 'when the baseline is missing so rules 3-4 cannot judge' / 'a rule that needs a fact that is unknown does not fire': the 03 history without a baseline must not give contactTherapist.")

# =============== 4: review
rv = []
days = [("2026-11-08T09:00:00Z", "proneLying"), ("2026-11-09T09:00:00Z", "proneOnElbows"), ("2026-11-10T09:00:00Z", "pressUp"),
        ("2026-11-12T09:00:00Z", "pressUp"), ("2026-11-15T18:00:00Z", "pressUp"), ("2026-11-18T09:00:00Z", "pressUp"),
        ("2026-11-21T09:00:00Z", "pressUp"), ("2026-11-23T19:00:00Z", "pressUp")]
for d, e_ in days:
    items = [(None, 6)] * 10 if e_ != "pressUp" else [(min(1.0, round(0.3 + 0.1 * j, 1)), 6) for j in range(10)]
    rv.append(session(e_, d, sym(6, "thigh"), items, sym(6, "thigh"), loc="thigh"))
ex("04-no-improvement-on-review.json", hist(rv, baseline=sym(6, "thigh")), "2026-11-24T10:00:00Z",
   X("contactTherapist", urgency="routine", decidedBy="no-improvement-on-review", inc=["exerciseRegularly"]),
   "PROTOCOL row 4: 16 days since the first session (>= reviewDays 14), pain 6 reaching the thigh as at baseline, exercising irregularly -> contactTherapist routine; exerciseRegularly also applies (not improved after persistDays, not regular).")

# =============== 5: keeps worsening
ex("05-keeps-worsening.json", hist(FOUND + [worsening_open]), "2026-11-24T09:59:00Z",
   X("stopSet", decidedBy="keeps-worsening", exc=["centralising", "peripheralising"]),
   "PROTOCOL row 5: 3 (consecutiveWorseLimit) worse reps in a row by pain (4 -> 5 -> 6 -> 7 at the buttock, though the person lowered the range each time) -> stopSet.")
periph = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
                 [(0.3, 5, "buttock"), (0.4, 5, "thigh"), (0.3, 4, "knee")], completed=False)
ex("05b-keeps-worsening-peripheralising.json", hist(FOUND + [periph]), "2026-11-24T09:58:00Z",
   X("stopSet", decidedBy="keeps-worsening", inc=["peripheralising"]),
   "PROTOCOL row 5 '... or 2 in a row that peripheralised' (buttock -> thigh -> knee) and 'Location outranks intensity: spreading is worse even if the number falls' (pain 5 -> 4 at the knee).")
long_worse = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
                     [(0.3, 4, "buttock"), (0.4, 4, "buttock"), (0.5, 3, "buttock"), (0.6, 3, "buttock"), (0.7, 3, "buttock"),
                      (0.8, 3, "buttock"), (0.9, 3, "buttock"), (1.0, 3, "buttock"), (1.0, 3, "buttock"), (1.0, 4, "buttock"),
                      (0.9, 5, "buttock"), (0.8, 6, "buttock")], completed=False)
ex("05c-keeps-worsening-beats-set-done.json", hist(FOUND + [long_worse]), "2026-11-24T10:04:00Z",
   X("stopSet", decidedBy="keeps-worsening"),
   "Priority: row 5 (last 3 reps worse, pain 3 -> 4 -> 5 -> 6) before row 6 (12 reps >= minReps with the last rep not better).")

# =============== 6: set done
done10 = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
                 [(0.3, 5, "buttock"), (0.4, 5, "buttock"), (0.5, 4, "buttock"), (0.6, 4, "buttock"), (0.7, 4, "buttock"),
                  (0.8, 3, "back"), (0.9, 3, "back"), (1.0, 3, "back"), (1.0, 3, "back"), (1.0, 3, "back")], completed=False)
ex("06-set-done.json", hist(FOUND + [done10]), "2026-11-24T10:02:30Z",
   X("finishSet", decidedBy="set-done", repsDone=10, inc=["riseSafely", "centralising"], exc=["peripheralising", "reportSymptoms"]),
   "PROTOCOL row 6 / 'Perform each exercise about 10 to 15 times and then relax ...': 10 reps (minReps) and the last rep not better -> finishSet with riseSafely; centralising (buttock -> back).")
pains15 = [7, 7, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 4, 4, 3]
max15 = session("pressUp", "2026-11-24T09:55:00Z", sym(7, "buttock"),
                [(min(1.0, round(0.3 + 0.1 * k, 1)), p, "buttock") for k, p in enumerate(pains15)], completed=False)
ex("06b-set-done-max-reps.json", hist(FOUND + [max15]), "2026-11-24T10:06:00Z",
   X("finishSet", decidedBy="set-done-max-reps", repsDone=15, inc=["riseSafely"]),
   "PROTOCOL row 6 'reps >= maxReps [15]' even though the last rep was better (pain 4 -> 3); invariant: no advice asks for a rep beyond maxReps.")
worse11 = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
                  [(0.3, 5, "buttock"), (0.4, 5, "buttock"), (0.5, 5, "buttock"), (0.6, 5, "buttock"), (0.7, 5, "buttock"),
                   (0.8, 5, "buttock"), (0.9, 5, "buttock"), (1.0, 5, "buttock"), (1.0, 5, "buttock"), (1.0, 4, "buttock"),
                   (1.0, 5, "buttock")], completed=False)
ex("06c-set-done-last-rep-worse.json", hist(FOUND + [worse11]), "2026-11-24T10:03:00Z",
   X("finishSet", decidedBy="set-done", inc=["riseSafely"]),
   "Priority: row 6 (11 reps >= minReps, last rep not better: pain 4 -> 5) before row 7 (last rep worse); one worse rep is not row 5.")
better10 = session("pressUp", "2026-11-24T09:55:00Z", sym(6, "buttock"),
                   [(0.3, 6, "buttock"), (0.3, 6, "buttock"), (0.4, 6, "buttock"), (0.4, 6, "buttock"), (0.5, 5, "buttock"),
                    (0.5, 5, "buttock"), (0.6, 5, "buttock"), (0.6, 5, "buttock"), (0.7, 5, "buttock"), (0.8, 4, "buttock")], completed=False)
ex("06d-set-not-done-still-improving.json", hist(FOUND + [better10]), "2026-11-24T10:02:30Z",
   X("progressRange", exercise="pressUp", targetRange=0.9, decidedBy="progress", repsDone=10, exc=["riseSafely"]),
   "PROTOCOL row 6 needs the last rep not better below maxReps; here rep 10 is better (pain 5 -> 4), so row 9: progressRange to 0.8 + 0.1 = 0.9.")
min8 = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
               [(0.3, 5, "buttock"), (0.4, 5, "buttock"), (0.5, 4, "buttock"), (0.6, 4, "buttock"), (0.7, 4, "buttock"),
                (0.8, 4, "buttock"), (0.9, 4, "buttock"), (1.0, 4, "buttock")], completed=False)
ex("06e-set-done-option-minReps.json", hist(FOUND + [min8]), "2026-11-24T10:01:30Z",
   X("finishSet", decidedBy="set-done", inc=["riseSafely"]),
   "Options minReps 8, maxReps 12: 8 reps with the last rep the same -> row 6 finishSet.",
   options={"minReps": 8, "maxReps": 12})

# =============== 7: symptoms intensify
int1 = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
               [(0.3, 5, "buttock"), (0.4, 4, "buttock"), (0.5, 4, "thigh")], completed=False)
ex("07-symptoms-intensify.json", hist(FOUND + [int1]), "2026-11-24T09:58:00Z",
   X("reduceRange", urgency="none", exercise="pressUp", targetRange=0.4, restSeconds=5, repsDone=3, decidedBy="symptoms-intensify",
     inc=["peripheralising"], exc=["centralising", "riseSafely"]),
   "PROTOCOL row 7 / 'If you feel that by this exercise your symptoms are intensifying then do not go very far ... rest for few seconds': last rep moved buttock -> thigh (worse, though pain stayed 4) -> reduceRange to max(0.1, 0.5 - 0.1) = 0.4, rest 5 s; peripheralising.")
int2 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "back"),
               [(0.3, 4, "back"), (0.4, 3, "back"), (0.5, 5, "back")], completed=False)
ex("07b-symptoms-intensify-pain.json", hist(FOUND + [int2]), "2026-11-24T09:58:00Z",
   X("reduceRange", exercise="pressUp", targetRange=0.4, restSeconds=5, decidedBy="symptoms-intensify",
     inc=["centralising"], exc=["peripheralising"]),
   "Rep response: location did not move, pain rose 3 -> 5 (>= intensifyingPainDelta 1) = worse -> row 7 reduceRange 0.4; not peripheralising; centralising (back is more central than the baseline buttock).")
int3 = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
               [(0.2, 5, "buttock"), (0.1, 6, "buttock")], completed=False)
ex("07c-symptoms-intensify-min-range.json", hist(FOUND + [int3]), "2026-11-24T09:57:30Z",
   X("reduceRange", exercise="pressUp", targetRange=0.1, decidedBy="symptoms-intensify"),
   "PROTOCOL row 7 target = max(minRange 0.1, last range 0.1 - 0.1) = 0.1; invariant: target within [minRange, 1].")
int4 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
               [(0.3, 4, "buttock"), (0.4,), (0.5, 6, "buttock")], completed=False)
ex("07d-symptoms-intensify-skips-unreported-rep.json", hist(FOUND + [int4]), "2026-11-24T09:58:00Z",
   X("reduceRange", exercise="pressUp", targetRange=0.4, decidedBy="symptoms-intensify"),
   "Rep response is 'vs the last state reported before it': rep 2 reported nothing, so rep 3 (pain 6) is compared with rep 1 (pain 4) = worse -> reduceRange 0.4.")
int5 = session("pressUp", "2026-11-24T09:55:00Z", sym(6, "buttock"),
               [(0.3, 6, "buttock"), (0.4, 4, "thigh")], completed=False)
ex("07e-peripheralising-while-pain-falls.json", hist(FOUND + [int5]), "2026-11-24T09:57:30Z",
   X("reduceRange", exercise="pressUp", targetRange=0.3, decidedBy="symptoms-intensify", inc=["peripheralising"]),
   "'Location outranks intensity: spreading is worse even if the number falls': pain 6 -> 4 but buttock -> thigh = worse -> reduceRange 0.3, peripheralising.")
int6 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
               [(0.3, 4, "buttock"), (0.4, 6)], completed=False)
ex("07f-symptoms-intensify-location-not-reported.json", hist(FOUND + [int6]), "2026-11-24T09:57:30Z",
   X("reduceRange", exercise="pressUp", targetRange=0.3, decidedBy="symptoms-intensify", exc=["peripheralising"]),
   "Rep response: 'where it did not move (or is not reported), pain decides': last rep gives pain 6 only (was 4) = worse -> reduceRange 0.3.")
int7 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
               [(0.3, 4, "buttock"), (0.4, 5, "buttock")], completed=False)
ex("07g-option-intensifyingPainDelta.json", hist(FOUND + [int7]), "2026-11-24T09:57:30Z",
   X("progressRange", exercise="pressUp", targetRange=0.5, decidedBy="progress"),
   "Options intensifyingPainDelta 2: pain rose only 4 -> 5, so the rep is 'same' (better needs a fall) -> row 9 progressRange 0.5.",
   options={"intensifyingPainDelta": 2})

# =============== 8: unknown
unk = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
              [(0.3, 5, "buttock"), (0.4, 4, "buttock"), (0.5,)], completed=False)
ex("08-symptoms-unknown.json", hist(FOUND + [unk]), "2026-11-24T09:58:00Z",
   X("holdRange", exercise="pressUp", targetRange=0.5, decidedBy="symptoms-unknown", inc=["reportSymptoms"]),
   "PROTOCOL row 8 'last rep reported nothing' -> holdRange at the last range 0.5 with reportSymptoms ('never progress blind').")
unk2 = session("pressUp", "2026-11-24T09:55:00Z", None, [(0.3, 5, "buttock")], completed=False)
ex("08b-symptoms-unknown-nothing-before.json", hist(FOUND + [unk2]), "2026-11-24T09:57:00Z",
   X("holdRange", exercise="pressUp", targetRange=0.3, inc=["reportSymptoms"]),
   "Rep response 'unknown if the rep or everything before it reported nothing': no 'before' and this is the first rep -> unknown. AMBIGUOUS: row 8 literally says 'last rep reported nothing'; a careful clinician treats any unknown response as row 8 (hold the range, ask for symptoms, never progress blind), so decidedBy is not asserted.")

# =============== 9, 10: progress and full range
prog = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "thigh"),
               [(0.3, 5, "thigh", 1), (0.4, 5, "buttock", 3), (0.5, 4, "buttock", 2)], completed=False)
ex("09-progress.json", hist(FOUND + [prog]), "2026-11-24T09:58:00Z",
   X("progressRange", urgency="none", exercise="pressUp", targetRange=0.6, decidedBy="progress", repsDone=3,
     inc=["centralising"], exc=["peripheralising", "moveSlowly", "reportSymptoms", "riseSafely"]),
   "PROTOCOL row 9 / 'try to go a little further each time': pain 5,5,4 moving thigh -> buttock, last rep better at 0.5 -> progressRange 0.6; centralising ('centralisation of your pain it is a good sign'); moveSlowly is about 'the last rep': the first rep took 1 s but the last took 2 s, not < minRepSeconds 2, so no moveSlowly.")
prog2 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
                [(0.7, 4, "buttock"), (0.8, 4, "buttock"), (0.95, 3, "buttock")], completed=False)
ex("09b-progress-capped-at-full-range.json", hist(FOUND + [prog2]), "2026-11-24T09:58:00Z",
   X("progressRange", exercise="pressUp", targetRange=1.0, decidedBy="progress"),
   "PROTOCOL row 9 target = min(1, 0.95 + 0.1) = 1.")
prog3 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
                [(0.3, 4, "buttock"), (0.5, 4, "buttock")], completed=False)
ex("09c-progress-option-rangeStep.json", hist(FOUND + [prog3]), "2026-11-24T09:57:30Z",
   X("progressRange", exercise="pressUp", targetRange=0.7, decidedBy="progress"),
   "Options rangeStep 0.2: last rep same at 0.5 -> progressRange 0.7.", options={"rangeStep": 0.2})
full = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
               [(0.8, 4, "buttock", 3), (0.9, 4, "buttock", 3), (1.0, 4, "buttock", 1.5)], completed=False)
ex("10-full-range.json", hist(FOUND + [full]), "2026-11-24T09:58:00Z",
   X("holdRange", exercise="pressUp", targetRange=1.0, decidedBy="full-range", inc=["moveSlowly"]),
   "PROTOCOL row 10: last rep same at range 1 -> holdRange at 1; moveSlowly ('make sure that you are moving slowly'): last rep took 1.5 s < minRepSeconds 2.")

# =============== 11: start a set
pu_prev = session("pressUp", "2026-11-23T13:00:00Z", sym(4, "buttock"),
                  [(r, p, "buttock") for r, p in zip([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.8, 0.8, 0.8, 0.8], [4, 4, 4, 3, 3, 3, 3, 3, 3, 3])],
                  sym(3, "buttock"))
open_empty = {"exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "before": sym(4, "buttock"), "reps": [], "completed": False}
ex("11-start-set.json", hist(FOUND + [pu_prev, open_empty]), "2026-11-24T09:56:00Z",
   X("startSet", exercise="pressUp", targetRange=0.7, decidedBy="start-set", repsDone=0, inc=["keepRelaxed"], exc=["riseSafely"]),
   "PROTOCOL row 11: open pressUp session with no reps; start target = last tolerated range of the previous pressUp session (0.8) - rangeStep = 0.7 (>= startRange 0.3); keepRelaxed ('make sure that your lower back is relaxed').")
open_empty2 = {"exercise": "pressUp", "startedAt": "2026-11-23T13:00:00Z", "before": sym(4, "buttock"), "reps": [], "completed": False}
ex("11b-start-set-first-press-up.json", hist(FOUND + [open_empty2]), "2026-11-23T13:01:00Z",
   X("startSet", exercise="pressUp", targetRange=0.3, decidedBy="start-set", inc=["keepRelaxed"]),
   "PROTOCOL row 11: first pressUp set after both positions were tolerated -> startSet pressUp at startRange 0.3; keepRelaxed.")
ex("11c-start-set-option-startRange.json", hist(FOUND + [open_empty2]), "2026-11-23T13:01:00Z",
   X("startSet", exercise="pressUp", targetRange=0.4, decidedBy="start-set", inc=["keepRelaxed"]),
   "Options startRange 0.4 -> start target 0.4.", options={"startRange": 0.4})
open_lying = {"exercise": "proneLying", "startedAt": "2026-11-20T08:00:00Z", "before": sym(6, "buttock"), "reps": [], "completed": False}
ex("11d-start-set-prone-lying.json", hist([open_lying]), "2026-11-20T08:01:00Z",
   X("startSet", exercise="proneLying", decidedBy="start-set", exc=["keepRelaxed"]),
   "PROTOCOL row 11 with the first exercise; keepRelaxed is only 'with startSet of pressUp'.")

# =============== 12: between sessions
pu_done = session("pressUp", "2026-11-24T08:00:00Z", sym(4, "buttock"),
                  [(r, p, l) for r, p, l in zip([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9], [4, 4, 3, 3, 3, 3, 3, 3, 3, 3],
                                                 ["buttock"] * 4 + ["back"] * 6)],
                  sym(3, "back"))
assert last_at(pu_done) == "2026-11-24T08:07:00Z"
ex("12-between-sessions.json", hist(FOUND + [pu_done]), "2026-11-24T09:00:00Z",
   X("nextSession", exercise="pressUp", nextSessionDue="2026-11-24T10:07:00Z", decidedBy="between-sessions", inc=["centralising"],
     exc=["riseSafely"]),
   "PROTOCOL row 12 / 'every hour or two': no session open, last session ended 08:07 (last rep) + sessionInterval 2 h -> nextSession due 10:07; row 13 stays on pressUp after a tolerated pressUp set; centralising (back vs baseline buttock).")
ex("12b-between-sessions-due.json", hist(FOUND + [pu_done]), "2026-11-24T10:30:00Z",
   X("startSet", exercise="pressUp", targetRange=0.8, decidedBy="between-sessions", inc=["keepRelaxed"]),
   "PROTOCOL row 12: next session due 10:07, now 10:30 -> startSet pressUp; start target (row 11) = last tolerated range 0.9 - 0.1 = 0.8.")
aband = session("pressUp", "2026-11-24T08:00:00Z", sym(4, "buttock"),
                [(0.3, 4, "buttock"), (0.4, 4, "buttock"), (0.5, 4, "buttock"), (0.6, 3, "buttock"), (0.7, 3, "buttock"), (0.8, 3, "buttock")],
                completed=False)
assert last_at(aband) == "2026-11-24T08:04:20Z"
ex("12c-session-timeout.json", hist(FOUND + [aband]), "2026-11-24T08:40:00Z",
   X("nextSession", exercise="pressUp", nextSessionDue="2026-11-24T10:04:20Z", decidedBy="between-sessions"),
   "'A session counts as open while completed is false and its last activity is less than sessionTimeout [30 min] ago': last rep 08:04:20, now 08:40 -> not open -> row 12, due 08:04:20 + 2 h; row 13: a 6-rep set is neither tolerated nor stopped for worsening -> stay pressUp.")
ex("12d-session-timeout-option.json", hist(FOUND + [aband]), "2026-11-24T08:40:00Z",
   X("progressRange", exercise="pressUp", targetRange=0.9, decidedBy="progress", repsDone=6),
   "Options sessionTimeout 01:00:00: the same set is still open 36 min after its last rep -> row 9 progressRange 0.9.",
   options={"sessionTimeout": "01:00:00"})
ex("12e-empty-history.json", hist([]), "2026-11-20T08:00:00Z",
   X("startSet", exercise="proneLying", decidedBy="between-sessions", exc=["keepRelaxed", "reportSymptoms"]),
   "PROTOCOL row 12 with no sessions (nothing to wait for) -> startSet; row 13: a new episode starts with proneLying (never proneOnElbows before proneLying was tolerated).")
ex("12f-option-sessionInterval.json", hist(FOUND + [pu_done]), "2026-11-24T09:30:00Z",
   X("startSet", exercise="pressUp", decidedBy="between-sessions", inc=["keepRelaxed"]),
   "Options sessionInterval 01:00:00: due 09:07, now 09:30 -> startSet.", options={"sessionInterval": "01:00:00"})

# =============== 13: progression
ex("13-progression-advance.json", hist([F_LYING]), "2026-11-23T09:00:00Z",
   X("nextSession", exercise="proneOnElbows", nextSessionDue="2026-11-23T10:07:45Z", decidedBy="between-sessions", firedInclude=["progression"]),
   "PROTOCOL row 13 / 'You have successfully performed other lower back pain exercises ...': proneLying tolerated (10 reps, last rep same, after pain 5 < before 6) -> advance to proneOnElbows.")
ex("13b-progression-to-press-up.json", hist(FOUND), "2026-11-23T11:00:00Z",
   X("nextSession", exercise="pressUp", decidedBy="between-sessions", firedInclude=["progression"]),
   "PROTOCOL row 13: proneLying and proneOnElbows tolerated -> pressUp.")
stopped = session("pressUp", "2026-11-23T13:00:00Z", sym(4, "buttock"),
                  [(0.3, 4, "buttock"), (0.4, 5, "buttock"), (0.3, 6, "buttock"), (0.2, 7, "buttock")], sym(6, "buttock"))
ex("13c-progression-step-back-stopped.json", hist(FOUND + [stopped]), "2026-11-23T13:30:00Z",
   X("nextSession", exercise="proneOnElbows", nextSessionDue="2026-11-23T15:03:00Z", decidedBy="between-sessions", firedInclude=["progression"]),
   "PROTOCOL row 5 'next session steps back one exercise' and row 13 'step back after one stopped for worsening': the pressUp set ended with 3 worse reps -> proneOnElbows.")
afterworse = session("pressUp", "2026-11-23T13:00:00Z", sym(4, "buttock"),
                     [(r, 4, "buttock") for r in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.8, 0.8, 0.8, 0.8]], sym(5, "thigh"))
ex("13d-progression-step-back-after-worse.json", hist(FOUND + [afterworse]), "2026-11-23T16:00:00Z",
   X("startSet", exercise="proneOnElbows", decidedBy="between-sessions", exc=["keepRelaxed"]),
   "Stopped for worsening also covers a set 'whose after-set symptoms are worse than before it' (pain 4 buttock -> 5 thigh) -> step back to proneOnElbows; due 15:07 -> startSet.")
short = session("pressUp", "2026-11-23T13:00:00Z", sym(4, "buttock"),
                [(r, 4, "buttock") for r in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]], sym(4, "buttock"))
ex("13e-progression-stay-short-set.json", hist(FOUND + [short]), "2026-11-23T13:30:00Z",
   X("nextSession", exercise="pressUp", decidedBy="between-sessions"),
   "PROTOCOL row 13 'else stay': a completed 6-rep pressUp set (< minReps, so not tolerated; nothing worse) -> stay on pressUp.")
lone = session("pressUp", "2026-11-23T13:00:00Z", sym(5, "buttock"),
               [(r, p, "buttock") for r, p in zip([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.0, 1.0], [5, 5, 5, 4, 4, 4, 4, 4, 4, 4])], sym(4, "buttock"))
ex("13f-progression-requires-positions.json", hist([lone], baseline=sym(5, "buttock")), "2026-11-23T16:00:00Z",
   X("startSet", exercise="proneLying", decidedBy="between-sessions", exc=["keepRelaxed"]),
   "PROTOCOL row 13 'never pressUp before proneLying and proneOnElbows were tolerated, nor proneOnElbows before proneLying': the person did a pressUp set without the positions; the next new set is proneLying (the only exercise allowed).")
ex("13g-progression-not-required.json", hist([lone], baseline=sym(5, "buttock")), "2026-11-23T16:00:00Z",
   X("startSet", exercise="pressUp", targetRange=0.9, decidedBy="between-sessions", inc=["keepRelaxed"]),
   "Options requireProgression false: the tolerated pressUp set -> stay on pressUp (already the last exercise); start target 1.0 - 0.1 = 0.9.",
   options={"requireProgression": False})
underway = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"), [(0.3, 5, "buttock"), (0.4, 4, "buttock")], completed=False)
ex("13h-set-under-way-judged-as-is.json", hist([underway], baseline=sym(5, "buttock")), "2026-11-24T09:57:30Z",
   X("progressRange", exercise="pressUp", targetRange=0.5, decidedBy="progress"),
   "PROTOCOL row 13 'A set already under way is judged as the exercise it is': a pressUp set with no positions tolerated still gets pressUp range advice (row 9).")


# =============== extra edge cases
def reg_hist(pain, loc, baseline):
    return regular_history(pain, loc, baseline)
ex("03h-improved-by-percent.json", reg_hist(2, "back", sym(3, "back")), "2026-11-24T10:00:00Z",
   X("nextSession", exercise="pressUp", decidedBy="between-sessions", exc=["exerciseRegularly"]),
   "Derived fact 'improved' by percent only: latest pain 2 <= baseline 3 x (1 - 30%) = 2.1 (but not <= 3 - 2 = 1) -> improved, row 3 does not fire.")
ex("03i-not-improved-by-one-point.json", reg_hist(3, "back", sym(4, "back")), "2026-11-24T10:00:00Z",
   X("contactTherapist", urgency="routine", decidedBy="pain-persists"),
   "Derived fact 'improved': pain 4 -> 3 is neither <= 4 - 2 = 2 nor <= 4 x 0.7 = 2.8 -> not improved; regular for 4 days -> row 3.")
w2 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
             [(0.3, 4, "buttock"), (0.4, 5, "buttock"), (0.3, 6, "buttock"), (0.2, 5, "buttock"), (0.3, 6, "buttock"), (0.2, 7, "buttock")], completed=False)
ex("05d-worse-reps-not-in-a-row.json", hist(FOUND + [w2]), "2026-11-24T09:59:30Z",
   X("reduceRange", exercise="pressUp", targetRange=0.1, decidedBy="symptoms-intensify"),
   "'consecutive worse reps = worse reps at the end of the current set': worse, worse, better, worse, worse -> only 2 at the end (none peripheralised), so not row 5; row 7 reduceRange max(0.1, 0.2 - 0.1) = 0.1.")
w3 = session("pressUp", "2026-11-24T09:55:00Z", sym(4, "buttock"),
             [(0.3, 5, "buttock"), (0.3, 5, "thigh")], completed=False)
ex("05e-two-worse-one-peripheralised.json", hist(FOUND + [w3]), "2026-11-24T09:57:30Z",
   X("reduceRange", exercise="pressUp", targetRange=0.2, decidedBy="symptoms-intensify", inc=["peripheralising"]),
   "Row 5 needs 3 worse reps or '2 in a row that peripheralised': here the first worse rep was by pain only, the second spread to the thigh -> not row 5; row 7 reduceRange 0.2 with peripheralising.")
elb2 = session("proneOnElbows", "2026-11-23T15:30:00Z", sym(5, "buttock"),
               [(None, p) for p in [5, 5, 5, 4, 4, 4, 4, 4, 4, 4]], sym(4, "buttock"), loc="buttock", gap=45)
ex("13i-progression-re-advance-after-step-back.json", hist(FOUND + [stopped, elb2]), "2026-11-23T16:00:00Z",
   X("nextSession", exercise="pressUp", decidedBy="between-sessions"),
   "Row 13 from the last finished set: after the stepped-back proneOnElbows set is tolerated again -> advance to pressUp.")
lying_bad = session("proneLying", "2026-11-20T08:00:00Z", sym(5, "buttock"),
                    [(None, 5, "buttock"), (None, 5, "thigh"), (None, 5, "knee")], sym(5, "knee"), gap=45)
ex("13j-progression-step-back-floor.json", hist([lying_bad], baseline=sym(5, "buttock")), "2026-11-20T08:30:00Z",
   X("nextSession", exercise="proneLying", decidedBy="between-sessions"),
   "Row 13 step back after a proneLying set stopped for worsening (2 peripheralising reps): proneLying is the first exercise, so the person stays on it.")


unk10 = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"),
                [(0.3, 5, "buttock"), (0.4, 5, "buttock"), (0.5, 4, "buttock"), (0.6, 4, "buttock"), (0.7, 4, "buttock"),
                 (0.8, 4, "buttock"), (0.9, 4, "buttock"), (1.0, 4, "buttock"), (1.0, 4, "buttock"), (1.0,)], completed=False)
ex("08c-unknown-last-rep-at-min-reps.json", hist(FOUND + [unk10]), "2026-11-24T10:02:30Z",
   X("holdRange", exercise="pressUp", targetRange=1.0, decidedBy="symptoms-unknown", inc=["reportSymptoms"]),
   "'Missing data is unknown, never a silent false: a rule that needs a fact that is unknown does not fire': row 6's 'last rep not better' is unknown at 10 reps (< maxReps), so row 8 holdRange with reportSymptoms.")
ss = []
for d in ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"]:
    for h in ["08:00:00", "14:00:00", "20:00:00"]:
        if d == "2026-11-24" and h != "08:00:00": continue
        e_ = "proneLying" if not ss else "proneOnElbows" if len(ss) == 1 else "pressUp"
        items = [(None, 5)] * 10 if e_ != "pressUp" else [(min(1.0, round(0.3 + 0.1 * j, 1)), 5) for j in range(10)]
        ss.append(session(e_, f"{d}T{h}Z", sym(5, "thigh"), items, sym(5, "thigh"), loc="thigh"))
ex("03j-regular-exactly-three-a-day.json", hist(ss, baseline=sym(5, "thigh")), "2026-11-24T10:00:00Z",
   X("contactTherapist", urgency="routine", decidedBy="pain-persists"),
   "Derived fact 'regular' uses >= minSessionsPerDay: exactly 3 sessions (14:00, 20:00, 08:00) in each of the last 3 24-hour windows before 10:00; pain 5 at the thigh as at baseline -> row 3.")

# every option spelled out, so only the named change differs from the defaults
FULL = {"intensifyingPainDelta": 1, "improvementPoints": 2, "improvementPercent": 30, "persistDays": 3, "minSessionsPerDay": 3,
        "reviewDays": 14, "consecutiveWorseLimit": 3, "maxReps": 15, "minReps": 10, "restSeconds": 5, "minRange": 0.1,
        "rangeStep": 0.1, "startRange": 0.3, "sessionInterval": "02:00:00", "sessionTimeout": "00:30:00", "minRepSeconds": 2,
        "requireProgression": True}
no_req = {k: v for k, v in FULL.items() if k not in ("requireProgression", "minRepSeconds")}
manifest.append({"id": "12e-empty-history.json#options-omit-requireProgression", "file": "12e-empty-history.json", "now": "2026-11-20T08:00:00Z",
    "options": no_req, "expect": X("startSet", exercise="proneLying", decidedBy="between-sessions", exc=["keepRelaxed"]),
    "checks": "Regression: options file that leaves out only requireProgression and minRepSeconds: requireProgression must keep its default true, so a new episode still starts with proneLying."})
manifest.append({"id": "10-full-range.json#options-omit-minRepSeconds", "file": "10-full-range.json", "now": "2026-11-24T09:58:00Z",
    "options": no_req, "expect": X("holdRange", exercise="pressUp", targetRange=1.0, decidedBy="full-range", inc=["moveSlowly"]),
    "checks": "Regression: options file that leaves out only requireProgression and minRepSeconds: minRepSeconds must keep its default 2, so a 1.5 s rep still gets moveSlowly."})

with open(f"{OUT}/examples.json", "w") as f:
    f.write(json.dumps(manifest, indent=2) + "\n")
print(len(manifest), "examples")

# =============== invalid inputs
inv = []
def bad(name, h, now, errors, checks, options=None, raw=None):
    with open(f"{OUT}/invalid/{name}", "w") as f: f.write(raw if raw is not None else dump(h) + "\n")
    inv.append({"file": name, "now": now, "options": options, "errors": errors, "checks": checks})

def one_set(items, **kw):
    s = session("pressUp", "2026-11-24T09:55:00Z", sym(5, "buttock"), items, completed=False)
    s.update(kw); return s
B = [(0.3, 5, "buttock"), (0.4, 5, "buttock"), (0.5, 4, "buttock")]

s = one_set(B); s["reps"][2]["pain"] = 11
bad("pain-11.json", hist([s]), "2026-11-24T09:58:00Z",
    [{"path": "sessions[0].reps[2].pain", "contains": "between 0 and 10"}], "Pain is on the 0-10 Numeric Rating Scale (DESIGN example error line).")
s = one_set(B); r = s["reps"][1]; s["reps"][1] = {"range": r["range"], "painn": 5, "location": r["location"], "durationSeconds": 4, "at": r["at"]}
bad("unknown-property-painn.json", hist([s]), "2026-11-24T09:58:00Z",
    [{"path": "sessions[0].reps[1].painn"}], "DESIGN: 'Unknown properties are rejected; every problem is reported with its JSON path.'")
s = one_set(B); s["before"] = {"pain": 5, "location": "Buttock"}
bad("location-capitalised.json", hist([s]), "2026-11-24T09:58:00Z",
    [{"path": "sessions[0].before.location"}], "DESIGN: enums are camelCase strings; 'Buttock' is not a location.")
s = one_set(B); del s["completed"]
bad("missing-completed.json", hist([s]), "2026-11-24T09:58:00Z",
    [{"path": "sessions[0].completed"}], "DESIGN: completed is not in the list of optional fields.")
s0 = session("pressUp", "2026-11-24T08:00:00Z", sym(4, "buttock"), B, sym(4, "buttock"))
s1 = session("pressUp", "2026-11-24T06:00:00Z", sym(4, "buttock"), B, sym(4, "buttock"))
bad("sessions-out-of-order.json", hist(FOUND + [s0, s1]), "2026-11-24T10:00:00Z",
    [{"path": "sessions[3].startedAt"}], "DESIGN: 'Sessions are in time order'; the fourth session starts before the third. (Which field is named is our reading: the startedAt of the session out of order.)")
s = one_set(B); s["reps"][2]["at"] = "2026-11-24T10:30:00Z"
bad("rep-in-future.json", hist([s]), "2026-11-24T09:58:00Z",
    [{"path": "sessions[0].reps[2].at"}], "A rep time after --now cannot have happened yet: bad input must never yield advice.")
s = one_set(B); s["reps"][0]["pain"] = -1; s["reps"][1]["range"] = 1.5
bad("two-problems.json", hist([s]), "2026-11-24T09:58:00Z",
    [{"path": "sessions[0].reps[0].pain", "contains": "between 0 and 10"}, {"path": "sessions[0].reps[1].range"}],
    "DESIGN: one line per problem; range is a fraction 0..1.")
s = one_set(B); del s["reps"][1]["range"]
bad("press-up-rep-without-range.json", hist([s]), "2026-11-24T09:58:00Z",
    [{"path": "sessions[0].reps[1].range"}], "PROTOCOL 'What is measured': range is 'required for pressUp'.")
bad("unknown-red-flag.json", hist([], redFlags=["backache"]), "2026-11-24T09:58:00Z",
    [{"path": "redFlags[0]"}], "Red flags are the eight named in PROTOCOL rows 1-2.")
bad("unknown-option.json", hist([one_set(B)]), "2026-11-24T09:58:00Z",
    [{"path": "options.maxRepz"}], "DESIGN: options 'unknown names are errors' (the CLI prefixes option paths with 'options.').",
    options={"maxRepz": 12})
bad("option-duration-not-hhmmss.json", hist([one_set(B)]), "2026-11-24T09:58:00Z",
    [{"path": "options.sessionInterval"}], "DESIGN: options 'durations as hh:mm:ss'.",
    options={"sessionInterval": "two hours"})

with open(f"{OUT}/invalid/invalid.json", "w") as f:
    f.write(json.dumps(inv, indent=2) + "\n")
print(len(inv), "invalid")
