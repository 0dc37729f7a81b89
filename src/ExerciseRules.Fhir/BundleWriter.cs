using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using Hl7.Fhir.Model;

namespace ExerciseRules.Fhir;

/// <summary>Writes a history as a Bundle in the library's profiles (the inverse of <see cref="FhirReader"/>).</summary>
internal static class BundleWriter
{
    public static Bundle Write(History history, FhirWriteOptions options)
    {
        var urls = new FullUrls(options.PatientId);
        var patient = "Patient/" + options.PatientId; // as EHR data has it, so a CDS Hooks prefetch needs no Patient resource
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(Entry(new Patient { Id = options.PatientId }, urls));

        if (history.Baseline is { } baseline)
        {
            bundle.Entry.Add(Entry(Baseline(baseline, history, options, patient), urls));
        }

        for (var i = 0; i < history.Sessions.Length; i++)
        {
            var session = history.Sessions[i];
            var id = $"session-{i + 1}";
            var members = new List<Observation>();
            if (session.Before is { } before)
            {
                members.Add(Symptoms(before, FhirCodes.SymptomsBeforeSet, id + "-before", patient));
            }

            for (var r = 0; r < session.Reps.Length; r++)
            {
                members.Add(Rep(session.Reps[r], $"{id}-rep-{r + 1}", patient));
            }

            if (session.After is { } after)
            {
                members.Add(Symptoms(after, FhirCodes.SymptomsAfterSet, id + "-after", patient));
            }

            var observation = new Observation
            {
                Id = id,
                Meta = new Meta { Profile = [FhirCodes.SessionProfile] },
                Status = session.Completed ? ObservationStatus.Final : ObservationStatus.Preliminary,
                Category = [Concept(FhirCodes.ObservationCategory, "activity", "Activity")],
                Code = Own(FhirCodes.Session),
                Subject = new ResourceReference(patient),
                Effective = new Period { Start = Time(session.StartedAt) },
                Value = Own(WireNames.Of(session.Exercise)),
                HasMember = [.. members.Select(m => new ResourceReference(urls.Of("Observation", m.Id!)))],
            };
            bundle.Entry.Add(Entry(observation, urls));
            foreach (var member in members)
            {
                bundle.Entry.Add(Entry(member, urls));
            }
        }

        for (var f = 0; f < history.RedFlags.Length; f++)
        {
            var flag = history.RedFlags[f];
            var code = new CodeableConcept();
            foreach (var snomed in CodeTables.RedFlagSnomed[flag].Take(1))
            {
                code.Coding.Add(new Coding(snomed.System, snomed.Code, snomed.Display));
            }

            var own = CodeTables.RedFlagOwn(flag);
            code.Coding.Add(new Coding(own.System, own.Code, own.Display));
            bundle.Entry.Add(Entry(
                new Condition
                {
                    Id = $"red-flag-{f + 1}",
                    ClinicalStatus = Concept(FhirCodes.ConditionClinical, "active", "Active"),
                    Code = code,
                    Subject = new ResourceReference(patient),
                },
                urls));
        }

        return bundle;
    }

    private static Observation Baseline(SymptomReport baseline, History history, FhirWriteOptions options, string patient)
    {
        DataType effective;
        var first = history.Sessions.IsEmpty ? (DateTimeOffset?)null : history.Sessions[0].StartedAt;
        if (options.BaselineReportedAt is { } at)
        {
            if (first is { } start && at > start)
            {
                throw new ArgumentException($"Value should be at or before the first session's start ({Time(start)}): the baseline is the symptoms when self-treatment started.", nameof(options));
            }

            effective = new FhirDateTime(Time(at));
        }
        else if (first is { } start)
        {
            // All a history says about the baseline: it was reported by the time the first session started.
            effective = new Period { End = Time(start) };
        }
        else
        {
            throw new ArgumentException("Value should set BaselineReportedAt: a history with a baseline and no sessions says nothing about when it was reported.", nameof(options));
        }

        return new Observation
        {
            Id = "baseline",
            Meta = new Meta { Profile = [FhirCodes.PainSeverityProfile] },
            Status = ObservationStatus.Final,
            Code = Pain(),
            Subject = new ResourceReference(patient),
            Effective = effective,
            Value = baseline.Pain is { } pain ? new Integer(pain) : null,
            BodySite = Location(baseline.Location),
        };
    }

    private static Observation Symptoms(SymptomReport report, string code, string id, string patient)
    {
        var observation = new Observation
        {
            Id = id,
            Meta = new Meta { Profile = [FhirCodes.SetSymptomsProfile] },
            Status = ObservationStatus.Final,
            Code = Own(code),
            Subject = new ResourceReference(patient),
            BodySite = Location(report.Location),
        };
        if (report.Pain is { } pain)
        {
            observation.Component.Add(new Observation.ComponentComponent { Code = Pain(), Value = new Integer(pain) });
        }

        return observation;
    }

    private static Observation Rep(Rep rep, string id, string patient)
    {
        var observation = new Observation
        {
            Id = id,
            Meta = new Meta { Profile = [FhirCodes.RepProfile] },
            Status = ObservationStatus.Final,
            Category = [Concept(FhirCodes.ObservationCategory, "activity", "Activity")],
            Code = Own(FhirCodes.Rep),
            Subject = new ResourceReference(patient),
            Effective = rep.At is { } at ? new FhirDateTime(Time(at)) : null,
            BodySite = Location(rep.Location),
        };
        if (rep.Range is { } range)
        {
            observation.Component.Add(new Observation.ComponentComponent { Code = Own(FhirCodes.RepRange), Value = Quantity(range, "1") });
        }

        if (rep.Pain is { } pain)
        {
            observation.Component.Add(new Observation.ComponentComponent { Code = Pain(), Value = new Integer(pain) });
        }

        if (rep.DurationSeconds is { } duration)
        {
            observation.Component.Add(new Observation.ComponentComponent { Code = Own(FhirCodes.RepDuration), Value = Quantity(duration, "s") });
        }

        return observation;
    }

    private static Bundle.EntryComponent Entry(Resource resource, FullUrls urls) =>
        new() { FullUrl = urls.Of(resource.TypeName, resource.Id!), Resource = resource };

    private static CodeableConcept Own(string code) => Concept(FhirCodes.CodeSystem, code, CodeTables.OwnDisplays[code]);

    private static CodeableConcept Pain() => Concept(FhirCodes.Loinc, FhirCodes.PainSeverity, FhirCodes.PainSeverityDisplay);

    private static CodeableConcept Concept(string system, string code, string display) => new() { Coding = [new Coding(system, code, display)] };

    private static CodeableConcept? Location(SymptomLocation? location) =>
        location is { } l && CodeTables.LocationWritten.TryGetValue(l, out var code) ? Concept(code.System, code.Code, code.Display) : null;

    private static Quantity Quantity(double value, string unit) => new()
    {
        // The shortest text that reads back as the same double, so a round trip keeps every digit.
        Value = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        Unit = unit,
        System = FhirCodes.Ucum,
        Code = unit,
    };

    /// <summary>A FHIR dateTime with the offset kept (<c>Z</c> for UTC) and only the fraction digits there are.</summary>
    internal static string Time(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero ? text + "Z" : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The fullUrl of each entry: a name-based UUID (RFC 9562 version 5) of the patient and the resource, so the same
    /// history always gives the same Bundle and two patients' Bundles never share an entry. References use them, as
    /// FHIR asks of a Bundle without a server.
    /// </summary>
    private sealed class FullUrls(string patientId)
    {
        private static readonly Guid Namespace = new("6f1f8d1c-53b1-4bd2-9e6b-64d2f6b9a1e3");

        public string Of(string type, string id)
        {
            var name = System.Text.Encoding.UTF8.GetBytes($"{patientId}/{type}/{id}");
            var space = Namespace.ToByteArray(bigEndian: true);
            var hash = System.Security.Cryptography.SHA1.HashData([.. space, .. name]);
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
        }
    }
}
