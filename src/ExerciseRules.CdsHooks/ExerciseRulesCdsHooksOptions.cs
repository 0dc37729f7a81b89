namespace ExerciseRules.CdsHooks;

/// <summary>
/// How <see cref="Microsoft.AspNetCore.Builder.ExerciseRulesCdsHooksEndpointRouteBuilderExtensions.MapExerciseRulesCdsHooks"/>
/// describes the service. Read once, when the endpoints are mapped. The protocol options, input limits, clock,
/// logging and metrics come from the advisor's own registration (<c>services.AddExerciseRules(...)</c>).
/// </summary>
public sealed class ExerciseRulesCdsHooksOptions
{
    /// <summary>Gets or sets the service's id: its URL is <c>{base}/cds-services/{ServiceId}</c>. Default <c>exercise-rules-press-up</c>.</summary>
    public string ServiceId { get; set; } = "exercise-rules-press-up";

    /// <summary>Gets or sets the human-friendly name of the service in discovery.</summary>
    public string Title { get; set; } = "Lower-back press-up programme: next step";

    /// <summary>Gets or sets the description of the service in discovery.</summary>
    public string Description { get; set; } =
        "The next step of the patient's lower-back press-up (McKenzie-style extension) programme from their recorded sessions, reps, pain reports and red flags: go less far, go further, finish the set, contact the therapist, or seek urgent care. Self-management guidance, not medical advice.";

    /// <summary>Gets or sets the label of each card's source.</summary>
    public string SourceLabel { get; set; } = "ExerciseRules press-up programme";

    /// <summary>Gets or sets an absolute URL about the source (each card's <c>source.url</c>), or <see langword="null"/> (the default) for none.</summary>
    public Uri? SourceUrl { get; set; }

    /// <summary>
    /// Gets or sets the largest request body read, in bytes, or <see langword="null"/> (the default) for the advisor's
    /// <see cref="Validation.InputLimits.MaxDocumentBytes"/> plus 64 KiB for the request around the prefetched data.
    /// A larger body gets 413.
    /// </summary>
    public int? MaxRequestBytes { get; set; }
}
