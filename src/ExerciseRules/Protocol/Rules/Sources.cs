namespace ExerciseRules.Protocol;

/// <summary>The sentences of the clinical source (protocol/press-up-source.txt) and the practice each rule cites.</summary>
internal static class Sources
{
    public const string Progression =
        "You have successfully performed other lower back pain exercises such as maintaining and upright posture on a lying on your stomach or propped up exercise as well this is the time for performing the press up exercise";

    public const string SlowlyPressUp =
        "lie down on your stomach with your hands flat on the floor under your shoulders make sure that your lower back is relaxed and now slowly press up";

    public const string KeepRelaxed = "make sure that your lower back is relaxed";

    public const string Intensifying =
        "If you feel that by this exercise your symptoms are intensifying then do not go very far now slowly lower down and rest for few seconds and then press up again";

    public const string MoveSlowly = "make sure that you are moving slowly";

    public const string GoFurther =
        "When you are performing the press up you should try to go a little further each time so that you range of motion and forward curve in your spine is restored";

    public const string Centralisation =
        "make sure to monitor any changes in your symptoms and centralisation of your pain it is a good sign and it indicates recovery of your back pain";

    public const string SetDone =
        "Perform each exercise about 10 to 15 times and then relax once again on to your stomach for rising from the floor simply press up ones last time";

    public const string RiseSafely =
        "slowly bend one knee up and then the other until your feet are on the floor and you are able to stand normally try to maintain a forward curve of your spine as you rise";

    public const string EveryHourOrTwo =
        "don't be surprised if your physical therapist suggests you perform this exercise every hour or two for the first few days this is common";

    public const string PainPersists =
        "if the pain persists for more than a few days even after performing the exercise regularly then immediately contact your physical therapist to make them aware of your situation";

    public const string Regularly = "even after performing the exercise regularly";

    public const string PracticeCaudaEquina =
        "practice: cauda equina syndrome red flags (NHS/CKS) — saddle numbness, bladder or bowel change, progressive leg weakness need emergency care";

    public const string PracticeRedFlags =
        "practice: serious-pathology red flags (NHS/CKS) — fever, unexplained weight loss, significant trauma, constant night pain, history of cancer need urgent review";

    public const string PracticeReview = "practice: review the programme when pain has not improved after two weeks";

    public const string PracticeStop = "practice: traffic-light rule of Mechanical Diagnosis and Therapy — stop when symptoms keep worsening or spread";

    public const string PracticeNeverBlind = "practice: never progress blind — with the symptoms unknown, hold the range and ask for a report";

    public const string PracticeSeverePain =
        "practice: 7-10 on the Numeric Rating Scale is severe pain, and the pain-monitoring model (Silbernagel et al. 2007) accepts no more than 5/10 during exercise: never go further while the pain is severe";

    public const string PracticeFullRange = "practice: at full range there is no further to go; hold it";

    public const string PracticePeripheralising = "practice: symptoms spreading down the leg are worse even if the pain number falls";

    public const string PracticeOpenSession = "practice: a session counts as open while it is not completed and was active within the session timeout";

    public const string PracticeFactFromSource = "definition of PROTOCOL.md's derived facts";

    public const string PracticeStepMessage = "practice: every step comes with instructions a person can follow";

    public const string PracticeNotMedicalAdvice = "the library gives self-management advice, never a diagnosis";
}
