namespace ExerciseRules;

/// <summary>How soon the person should get help from someone else.</summary>
public enum Urgency
{
    /// <summary>No need for help: carry on with the programme.</summary>
    None = 0,

    /// <summary>Contact the physical therapist in the usual way.</summary>
    Routine = 1,

    /// <summary>See a doctor today.</summary>
    Urgent = 2,

    /// <summary>Get emergency care now.</summary>
    Emergency = 3,
}
