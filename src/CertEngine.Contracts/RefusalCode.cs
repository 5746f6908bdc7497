namespace CertEngine.Contracts;

/// <summary>
/// Every reason a grain gives for refusing a request. Values are stored and sent between silos by number: add new codes
/// at the end of their area's block, never renumber. Each has its words in the server's <c>Refusals.resx</c> (Chinese)
/// and <c>Refusals.en.resx</c> (English), with <c>{0}</c>, <c>{1}</c> … for its <see cref="Refusal.Args"/>.
/// </summary>
/// <remarks>The areas move from free-text refusals to codes one by one (issue 15 item 4): the theory attempt is first.</remarks>
[GenerateSerializer]
public enum RefusalCode
{
    /// <summary>A refusal whose words were not given (never sent by current grains).</summary>
    Unspecified = 0,

    // Theory attempt (100–199).

    /// <summary>The paper is already assembled from another setup.</summary>
    AttemptPaperAlreadyAssembled = 100,

    /// <summary>The setup's track key is malformed. Args: the key.</summary>
    AttemptMalformedTrackKey = 101,

    /// <summary>The track has no theory component. Args: the key.</summary>
    AttemptNoTheoryComponent = 102,

    /// <summary>No paper plan: the bank or its blueprint is not available.</summary>
    AttemptNoPaperPlan = 103,

    /// <summary>The paper is not assembled yet.</summary>
    AttemptNotAssembled = 104,

    /// <summary>The proctor did not confirm the candidate's identity.</summary>
    AttemptIdentityNotConfirmed = 105,

    /// <summary>The candidate has not checked in.</summary>
    AttemptNotCheckedIn = 106,

    /// <summary>Extra time must be a positive number of minutes.</summary>
    AttemptExtraTimeNotPositive = 107,

    /// <summary>Extra time would pass the ceiling. Args: ceiling, minutes granted, minutes still allowed.</summary>
    AttemptExtraTimeCeiling = 108,

    /// <summary>The attempt is already submitted.</summary>
    AttemptAlreadySubmitted = 109,

    /// <summary>Time is up.</summary>
    AttemptTimeUp = 110,

    /// <summary>The sitting is paused.</summary>
    AttemptPaused = 111,

    /// <summary>The exam has not started.</summary>
    AttemptNotStarted = 112,

    /// <summary>No question has that number.</summary>
    AttemptNoSuchQuestion = 113,

    /// <summary>The answer does not fit the question.</summary>
    AttemptAnswerDoesNotFit = 114,

    /// <summary>The exam is not running, so it cannot be handed in.</summary>
    AttemptNotRunning = 115,

    /// <summary>Too early to hand in. Args: the minutes after the start before which no hand-in is allowed.</summary>
    AttemptHandInTooEarly = 116,

    // Sitting (300–399).

    /// <summary>The sitting is past scheduling.</summary>
    SessionPastScheduling = 300,

    /// <summary>Track {0} is not opened.</summary>
    SessionTrackNotOpened = 301,

    /// <summary>Track {0} has no {1} component.</summary>
    SessionNoSuchComponent = 302,

    /// <summary>{0} minutes is shorter than the standard's {1}.</summary>
    SessionTooShort = 303,

    /// <summary>The roster is empty.</summary>
    SessionEmptyRoster = 304,

    /// <summary>A candidate or seat appears twice.</summary>
    SessionDuplicateOnRoster = 305,

    /// <summary>Seat {0}.</summary>
    SessionSeatCannotSit = 306,

    /// <summary>Papers could not be assembled.</summary>
    SessionPapersNotAssembled = 307,

    /// <summary>A staff change needs a reason.</summary>
    SessionStaffChangeNeedsReason = 308,

    /// <summary>Staff can change only before the start.</summary>
    SessionStaffChangeTooLate = 309,

    /// <summary>The assessor groups could not all change.</summary>
    SessionGroupsNotChanged = 310,

    /// <summary>Not on this sitting's roster.</summary>
    SessionNotOnRoster = 311,

    /// <summary>Entry closed {0} minutes after the start.</summary>
    SessionEntryClosed = 312,

    /// <summary>Check-in is not open.</summary>
    SessionCheckInNotOpen = 313,

    /// <summary>Identity not confirmed.</summary>
    SessionIdentityNotConfirmed = 314,

    /// <summary>The sitting cannot start.</summary>
    SessionCannotStart = 315,

    /// <summary>A pause needs a reason.</summary>
    SessionPauseNeedsReason = 316,

    /// <summary>Extra time needs a reason.</summary>
    SessionExtraTimeNeedsReason = 317,

    /// <summary>Not on this theory sitting's roster.</summary>
    SessionNotOnTheoryRoster = 318,

    /// <summary>The sitting is not under way.</summary>
    SessionNotUnderWay = 319,

    /// <summary>The sitting is not scheduled.</summary>
    SessionNotScheduled = 320,

    /// <summary>Session is {0}; {1} is not allowed.</summary>
    SessionNotAllowedNow = 321,

    /// <summary>Only theory sittings are regraded.</summary>
    SessionRegradeOnlyTheory = 322,

    /// <summary>The corrected version must be newer.</summary>
    SessionRegradeVersionNotNewer = 323,

    /// <summary>A regrade needs a reason.</summary>
    SessionRegradeNeedsReason = 324,

    /// <summary>A candidate already checked in cannot be marked absent.</summary>
    SessionAbsentButCheckedIn = 325,

    /// <summary>缺考 is marked only while check-in is open or the sitting runs.</summary>
    SessionAbsentNotNow = 326,

    /// <summary>A misconduct step needs a reason.</summary>
    SessionMisconductNeedsReason = 327,

    /// <summary>Misconduct is recorded only for a candidate checked in.</summary>
    SessionMisconductNotCheckedIn = 328,

    /// <summary>The misconduct step is not possible in the sitting's phase.</summary>
    SessionMisconductNotNow = 329,

    // Scheduling changes (350–369): rooms, cancelling, rescheduling, moving a candidate.

    /// <summary>More candidates than the room seats. Args: the seats, the candidates.</summary>
    SessionOverCapacity = 350,

    /// <summary>Two candidates on one roster with one ticket number. Args: the ticket.</summary>
    SessionDuplicateTicket = 351,

    /// <summary>Cancelling needs a reason.</summary>
    SessionCancelNeedsReason = 352,

    /// <summary>Rescheduling needs a reason.</summary>
    SessionRescheduleNeedsReason = 353,

    /// <summary>Rescheduled only before the start.</summary>
    SessionRescheduleTooLate = 354,

    /// <summary>Moving a candidate needs a reason.</summary>
    SessionMoveNeedsReason = 355,

    /// <summary>A candidate moves only while neither sitting has opened check-in.</summary>
    SessionMoveTooLate = 356,

    /// <summary>A candidate moves only to a sitting of the same track and component. Args: the sitting moved to.</summary>
    SessionMoveNotSameComponent = 357,

    /// <summary>The candidate is already on the other roster. Args: the sitting moved to.</summary>
    SessionMoveAlreadyThere = 358,

    /// <summary>The seats are fewer than the roster. Args: the seats, the candidates.</summary>
    SessionCapacityBelowRoster = 359,

    // Staffing of a sitting (400–419).

    /// <summary>Not enough proctors. Args: candidates, needed, assigned, candidates per proctor, minimum per room.</summary>
    StaffingProctorsShort = 400,

    /// <summary>Not enough assessors: {0} needed, {1} assigned.</summary>
    StaffingScoringAssessorsShort = 401,

    /// <summary>Not enough assessors: {0} candidates need {1}, 1 per {2} and at least {3}; {4} assigned.</summary>
    StaffingRoomAssessorsShort = 402,

    /// <summary>Not enough assessors: {0} candidates need {1}, an odd number, 1 per {2} and at least {3}; {4} assigned.</summary>
    StaffingRoomAssessorsShortOdd = 403,

    /// <summary>A practical room needs an odd number of assessors; {0} assigned.</summary>
    StaffingRoomAssessorsEven = 404,

    /// <summary>A review panel needs at least {0} members.</summary>
    StaffingPanelShort = 405,

    /// <summary>A review panel needs at least {0} members, an odd number.</summary>
    StaffingPanelShortOrEven = 406,

    /// <summary>A chief assessor from the panel is required.</summary>
    StaffingChiefMissing = 407,

    // Certification track: opening, rules, enrolment, issuance (500–599).

    /// <summary>Malformed track key {0}.</summary>
    TrackMalformedKey = 500,

    /// <summary>The track already uses bank version {0}.</summary>
    TrackOlderBankVersion = 501,

    /// <summary>Track {0} is not opened.</summary>
    TrackNotOpened = 502,

    /// <summary>{0} has no track rules version {1}.</summary>
    TrackNoRulesVersion = 503,

    /// <summary>Rules version {0} does not build on bank version {1}.</summary>
    TrackRulesDoNotBuild = 504,

    /// <summary>The bank or the track rules cannot be used.</summary>
    TrackBankNotUsable = 505,

    /// <summary>The files of {0} version {1} no longer match its manifest: {2}.</summary>
    TrackBankFilesChanged = 506,

    /// <summary>The manifest of {0} version {1} differs from the one recorded at publication ({2}).</summary>
    TrackManifestChanged = 507,

    /// <summary>The candidate is not registered.</summary>
    TrackNotRegistered = 508,

    /// <summary>The candidate is not enrolled in this track.</summary>
    TrackNotEnrolled = 509,

    /// <summary>Evidence {0} of kind '{1}' is incomplete or unknown.</summary>
    TrackEvidenceUnreadable = 510,

    /// <summary>Not eligible.</summary>
    TrackNotEligible = 511,


    /// <summary>No certificate yet.</summary>
    TrackNotReady = 513,

    /// <summary>No certificate number could be composed.</summary>
    TrackNumberNotComposed = 514,

    /// <summary>A reissue needs a reason.</summary>
    TrackReissueNeedsReason = 515,

    /// <summary>No such certificate in this track.</summary>
    TrackNoSuchCertificate = 516,

    /// <summary>A revoked or replaced certificate cannot be reissued.</summary>
    TrackCannotReissue = 517,

    /// <summary>The certificate could not be issued.</summary>
    TrackNotIssued = 518,

    /// <summary>One eligibility condition not met; its cause says why. Args: the condition's id and title.</summary>
    TrackConditionNotMet = 519,

    /// <summary>The route met rests on evidence a person must check first (资格审核). Args: condition id, evidence ids.</summary>
    TrackReviewRequired = 520,

    // The track catalogue: building a track from a bank version and the tracks data (540–569).

    /// <summary>The key's occupation is not the bank's. Args: key, bank code, occupation name.</summary>
    CatalogueOccupationMismatch = 540,

    /// <summary>No tracks data for the occupation. Args: code, name.</summary>
    CatalogueNoTracksData = 541,

    /// <summary>A 专项 has no levels. Args: code, the 专项 key.</summary>
    CatalogueSpecialtyHasNoLevel = 542,

    /// <summary>Not a 专项: name a level. Args: code, name.</summary>
    CatalogueLevelRequired = 543,

    /// <summary>The bank is a 专项 but the data is not marked so. Args: code.</summary>
    CatalogueDataNotMarkedSpecialty = 544,

    /// <summary>No such level. Args: name, level, the levels it has.</summary>
    CatalogueNoSuchLevel = 545,

    /// <summary>Name a 工种. Args: name, level name, 工种 list.</summary>
    CatalogueWorkTypeRequired = 546,

    /// <summary>No such 工种. Args: name, level name, the 工种 asked for, the 工种 it has.</summary>
    CatalogueNoSuchWorkType = 547,

    /// <summary>The level has no 工种. Args: name, level name, the 工种 asked for.</summary>
    CatalogueNoWorkTypes = 548,

    /// <summary>No eligibility rule set for the level. Args: name, level name.</summary>
    CatalogueNoRuleSet = 549,

    /// <summary>The bank lists no components for the level. Args: level name.</summary>
    CatalogueNoComponents = 550,

    /// <summary>A component shorter than the standard. Args: level name, kind, minutes, standard minutes.</summary>
    CatalogueComponentTooShort = 551,

    /// <summary>A component the level lacks. Args: level name, kind.</summary>
    CatalogueStrayComponent = 552,

    /// <summary>No eligibility rule set for the 专项. Args: name.</summary>
    CatalogueSpecialtyNoRuleSet = 553,

    /// <summary>A component the 考核规范 lacks. Args: kind.</summary>
    CatalogueSpecialtyStrayComponent = 554,

    /// <summary>Minutes and pass mark missing. Args: kind.</summary>
    CatalogueSpecialtyComponentUnset = 555,

    /// <summary>Shorter than the 考核规范. Args: kind, minutes, the 规范's minutes.</summary>
    CatalogueSpecialtyComponentTooShort = 556,

    /// <summary>No components. Args: name.</summary>
    CatalogueSpecialtyNoComponents = 557,

    /// <summary>Bank version not published. Args: code, version.</summary>
    CatalogueBankNotPublished = 558,

    /// <summary>No such rules version. Args: code, version.</summary>
    CatalogueNoRulesVersion = 559,

    /// <summary>Tracks data does not read. Args: its problems.</summary>
    CatalogueDataInvalid = 560,

    /// <summary>A track the checked rules cannot build; its cause says why. Args: the track key, the bank version.</summary>
    CatalogueTrackNotBuilt = 569,

    // Certification decisions: sitting and readiness (600–649).

    /// <summary>The track has no {0}.</summary>
    CertificationNoSuchComponent = 600,

    /// <summary>Every component has passed.</summary>
    CertificationAllPassed = 601,

    /// <summary>{0} passed on {1} and counts until {2}; only failed components may be retaken.</summary>
    CertificationAlreadyPassed = 602,

    /// <summary>A void {2} result from session {1} on {0} blocks certification.</summary>
    CertificationVoidResult = 603,

    /// <summary>Not every component has passed: {0}.</summary>
    CertificationNotYetPassed = 604,

    /// <summary>The retake window that opened on {0} ended on {1}; passed parts lapsed, start again.</summary>
    CertificationWindowEnded = 605,

    /// <summary>The retakes of the cycle that opened on {0} are used up; passed parts lapsed, start again.</summary>
    CertificationRetakesUsedUp = 606,

    // Eligibility requirements not met (650–699); the args are listed with the Domain's EligibilityRefusal.

    /// <summary>Less work than required.</summary>
    EligibilityWorkYearsShort = 650,

    /// <summary>No work in this or a related occupation.</summary>
    EligibilityNoWorkExperience = 651,

    /// <summary>No completed apprenticeship.</summary>
    EligibilityNoApprenticeship = 652,

    /// <summary>No certificate of the occupation at the level.</summary>
    EligibilityNoPriorCertificate = 653,

    /// <summary>A certificate number in no accepted format.</summary>
    EligibilityCertificateNumberUnrecognised = 654,

    /// <summary>A certificate number whose level digit is another level.</summary>
    EligibilityCertificateLevelMismatch = 655,

    /// <summary>The certificate is too recent.</summary>
    EligibilityPriorCertificateTooRecent = 656,

    /// <summary>No graduation from the schools.</summary>
    EligibilityNoGraduation = 657,

    /// <summary>The graduation is not in this or a related major.</summary>
    EligibilityGraduationMajorUnrelated = 658,

    /// <summary>The graduation falls after the latest date that counts.</summary>
    EligibilityGraduationTooLate = 659,

    /// <summary>Too few training hours.</summary>
    EligibilityTrainingHoursShort = 660,

    /// <summary>Under the working age.</summary>
    EligibilityUnderWorkingAge = 661,

    // Eligibility evidence (申报材料) and its review (资格审核) (670–699); the args are listed with the Domain's EvidenceRefusal.

    /// <summary>A date lies in the future. Args: the date, today.</summary>
    EvidenceDateInFuture = 670,

    /// <summary>A period ends on or before it starts. Args: start, end.</summary>
    EvidenceEndNotAfterStart = 671,

    /// <summary>A date lies before the birth date. Args: the date, the birth date.</summary>
    EvidenceBeforeBirth = 672,

    /// <summary>The occupation is missing or too long. Args: the most characters.</summary>
    EvidenceOccupationRequired = 673,

    /// <summary>A certificate level is out of range. Args: lowest and highest digit.</summary>
    EvidenceLevelOutOfRange = 674,

    /// <summary>A certificate number is missing or malformed. Args: the most characters.</summary>
    EvidenceNumberMalformed = 675,

    /// <summary>Training hours out of range. Args: the most hours.</summary>
    EvidenceHoursOutOfRange = 676,

    /// <summary>An expected graduation more than a year ahead. Args: the latest date.</summary>
    EvidenceGraduationTooFarAhead = 677,

    /// <summary>Unknown evidence kind. Args: the kind.</summary>
    EvidenceUnknownKind = 678,

    /// <summary>Unknown school kind. Args: the school kind.</summary>
    EvidenceUnknownSchool = 679,

    /// <summary>Too many evidence items. Args: the limit.</summary>
    EvidenceTooMany = 680,

    /// <summary>No evidence item has that id. Args: the id.</summary>
    EvidenceNoSuchEvidence = 681,

    /// <summary>No application to the track awaits review. Args: the track key.</summary>
    EvidenceNoApplication = 682,

    /// <summary>Rejected, and the evidence has not changed since.</summary>
    EvidenceResubmitNeedsNewEvidence = 683,

    /// <summary>A rejection needs a reason. Args: the most characters.</summary>
    EvidenceRejectNeedsReason = 684,

    /// <summary>The candidate is not registered.</summary>
    EvidenceNotRegistered = 685,

    // Candidate records and admission tickets (700–749).

    /// <summary>The ID number's check character is wrong.</summary>
    CandidateIdCheckCharacter = 700,

    /// <summary>The birth date in the ID number is not a real date.</summary>
    CandidateIdBirthDate = 701,

    /// <summary>The birth date lies in the future.</summary>
    CandidateIdBirthDateInFuture = 702,

    /// <summary>The ID number must be 17 digits and a digit or X.</summary>
    CandidateIdMalformed = 703,

    /// <summary>The ID number does not match this candidate record.</summary>
    CandidateIdMismatch = 704,

    /// <summary>The name is required.</summary>
    CandidateNameRequired = 705,

    /// <summary>The candidate is not registered.</summary>
    CandidateNotRegistered = 706,

    /// <summary>The ticket is not on this sitting.</summary>
    CandidateTicketNotOnSitting = 707,

    /// <summary>The name is too long or holds control characters.</summary>
    CandidateNameInvalid = 708,

    /// <summary>The phone number is not a mobile or landline number.</summary>
    CandidatePhoneInvalid = 709,

    /// <summary>The county is too long or holds control characters.</summary>
    CandidateCountyInvalid = 710,

    /// <summary>Too many tags, or a tag too long.</summary>
    CandidateTagsInvalid = 711,

    // Certificates (750–799).

    /// <summary>A status change needs a reason.</summary>
    CertificateReasonRequired = 750,

    /// <summary>Cannot {1} a {0} certificate.</summary>
    CertificateNotAllowedFromStatus = 751,

    /// <summary>The number does not match this record.</summary>
    CertificateNumberMismatch = 752,

    /// <summary>This number is already issued.</summary>
    CertificateAlreadyIssued = 753,

    /// <summary>No such certificate.</summary>
    CertificateNotFound = 754,
    // Practical and 综合评审 attempt (200–299).

    /// <summary>The tasks are already drawn from another setup.</summary>
    PracticalTasksAlreadyDrawn = 200,

    /// <summary>The track has no such component. Args: the track key.</summary>
    PracticalNoSuchComponent = 201,

    /// <summary>The bank has no practical blueprint for the level.</summary>
    PracticalNoPracticalBlueprint = 202,

    /// <summary>The tasks are not drawn yet.</summary>
    PracticalTasksNotDrawn = 203,

    /// <summary>A score sheet is already signed: the assessors can no longer change.</summary>
    PracticalAssessorsFixedBySignedSheet = 204,

    /// <summary>The assessor is not assigned to this candidate.</summary>
    PracticalNotAssigned = 205,

    /// <summary>The candidate has no such task. Args: the task id.</summary>
    PracticalNoSuchTask = 206,

    /// <summary>The assessor's sheet is already signed.</summary>
    PracticalSheetAlreadySigned = 207,

    /// <summary>The task already has all its sheets. Args: the number of sheets.</summary>
    PracticalTaskFullySheeted = 208,

    /// <summary>The sheet names no assessor.</summary>
    PracticalSheetNamesNoAssessor = 209,

    /// <summary>A task without rubric takes one total. Args: the total's key.</summary>
    PracticalSheetSingleTotalOnly = 210,

    /// <summary>A criterion is not scored. Args: criterion id, criterion name.</summary>
    PracticalCriterionNotScored = 211,

    /// <summary>The sheet scores an unknown criterion. Args: criterion id.</summary>
    PracticalCriterionUnknown = 212,

    /// <summary>An award is out of range. Args: criterion id, award, maximum.</summary>
    PracticalCriterionOutOfRange = 213,

    /// <summary>The rubric takes whole points only. Args: criterion id, award.</summary>
    PracticalCriterionWholePointsOnly = 214,

    /// <summary>An award is off the rubric's step. Args: criterion id, award, step.</summary>
    PracticalCriterionOffStep = 215,

    /// <summary>A veto index names no 否决项. Args: the index, the number of 否决项.</summary>
    PracticalVetoOutOfRange = 216,

    /// <summary>A veto index is given twice. Args: the index.</summary>
    PracticalVetoRepeated = 217,

    /// <summary>Only the chief assessor adjudicates.</summary>
    PracticalOnlyChiefAdjudicates = 218,

    /// <summary>An adjudication needs a reason.</summary>
    PracticalAdjudicationNeedsReason = 219,

    /// <summary>The task is not held for adjudication.</summary>
    PracticalNotHeldForAdjudication = 220,

    /// <summary>The decided score is out of range. Args: the task's points.</summary>
    PracticalAdjudicationOutOfRange = 221,

    // Staff accounts and the first-start setup (800–849).

    /// <summary>User name: 3–32 letters, digits, . _ -.</summary>
    AccountUserNameMalformed = 800,

    /// <summary>Display name: 1–64 characters.</summary>
    AccountDisplayNameInvalid = 801,

    /// <summary>At least one role.</summary>
    AccountNoRole = 802,

    /// <summary>Unknown role {0}; known: {1}.</summary>
    AccountUnknownRole = 803,

    /// <summary>The user name is taken.</summary>
    AccountUserNameTaken = 804,

    /// <summary>The user name does not match this account.</summary>
    AccountUserNameMismatch = 805,

    /// <summary>No such account.</summary>
    AccountNoSuchAccount = 806,

    /// <summary>The last enabled Admin cannot lose the role.</summary>
    AccountLastAdminRole = 807,

    /// <summary>The last enabled Admin cannot be disabled.</summary>
    AccountLastAdminDisabled = 808,

    /// <summary>An Admin exists; setup is closed.</summary>
    AccountSetupClosed = 809,

    /// <summary>An Admin exists; the setup link is spent.</summary>
    AccountSetupSpent = 810,

    /// <summary>The setup token is wrong, spent or replaced; use the link the server printed at its last start.</summary>
    AccountSetupTokenInvalid = 811,

    // Bank drafts, bank versions and track rules publication (850–899).

    /// <summary>The draft has no files, or an unsafe path.</summary>
    PublicationDraftUnsafe = 850,

    /// <summary>The draft is bank {0}, not {1}.</summary>
    PublicationDraftWrongBank = 851,

    /// <summary>No draft to publish: upload one first.</summary>
    PublicationNoDraft = 852,

    /// <summary>This draft was already published as version {0}; upload the changed bank.</summary>
    PublicationAlreadyPublished = 853,

    /// <summary>The draft has {0} problems; nothing was published.</summary>
    PublicationDraftProblems = 854,

    /// <summary>Version {0} already exists; a published version never changes.</summary>
    PublicationVersionExists = 855,

    /// <summary>{0} is not a valid code.</summary>
    PublicationNotACode = 856,

    /// <summary>Publishing rules needs a note saying why they change.</summary>
    PublicationNoteRequired = 857,

    /// <summary>The rules may be at most {0} KB.</summary>
    PublicationRulesTooLarge = 858,

    /// <summary>The text equals version {0}; nothing was published.</summary>
    PublicationSameAsNewest = 859,

    /// <summary>The rules have {0} problems; nothing was published.</summary>
    PublicationRulesProblems = 860,

    // 成绩公示: results published for objection, objections, the gate before issuance (900–929).

    /// <summary>The candidate's passing results have not been published for objection (成绩公示) yet.</summary>
    PublicityNotPublished = 900,

    /// <summary>The 公示 period is running. Args: the 公示 id, its last day.</summary>
    PublicityPeriodRunning = 901,

    /// <summary>An objection to the candidate's results is open. Args: the 公示 id.</summary>
    PublicityObjectionOpen = 902,

    /// <summary>The working-day calendar has no data for the year. Args: the year.</summary>
    PublicityCalendarNotCovered = 903,

    /// <summary>The track has 公示 turned off. Args: the track.</summary>
    PublicityTrackOff = 904,

    /// <summary>There are no complete results to publish.</summary>
    PublicityNothingToPublish = 905,

    /// <summary>The sitting's results were already published. Args: the 公示 id.</summary>
    PublicityAlreadyPublished = 906,

    /// <summary>The sitting is not closed yet.</summary>
    PublicitySittingNotClosed = 907,

    /// <summary>The 公示 period has ended. Args: its last day.</summary>
    PublicityPeriodOver = 908,

    /// <summary>No such objection.</summary>
    PublicityNoSuchObjection = 909,

    /// <summary>The objection is closed already.</summary>
    PublicityObjectionClosed = 910,

    /// <summary>An objection is closed only after it is answered.</summary>
    PublicityAnswerFirst = 911,

    /// <summary>Too many objections from this address.</summary>
    PublicityTooManyObjections = 912,

    /// <summary>Some checked-in candidates have no result yet. Args: how many.</summary>
    PublicityResultsIncomplete = 913,

    /// <summary>More candidates than one notice holds. Args: the most.</summary>
    PublicityTooManyLines = 914,

    /// <summary>A sitting of the batch is not closed yet. Args: the sitting.</summary>
    PublicityBatchSittingNotClosed = 915,

    /// <summary>Some checked-in candidates of a batch's sitting have no result yet. Args: the sitting, how many.</summary>
    PublicityBatchResultsIncomplete = 916,

    /// <summary>The sitting is closed or cancelled: no more 改期、取消、调场. Args: the phase.</summary>
    SessionSittingEnded = 917,
    // Repeated certification (一人多证) on enrolment and issue (930–959).
    /// <summary>The person already holds certificate {0} of this occupation, 工种 and level (track {1}).</summary>
    RepeatCertificationSameLevelHeld = 930,
    /// <summary>The person already holds certificate {0} of this occupation at a higher level (track {1}).</summary>
    RepeatCertificationHigherLevelHeld = 931,
    // 培训补贴 claims (960–974); the args are listed with the Domain's SubsidyRefusal.
    /// <summary>The certificate earns no subsidy under the city's rules. Args: the number.</summary>
    SubsidyNotQualifying = 960,
    /// <summary>Another certificate holds the claim for this person, occupation and level. Args: that number.</summary>
    SubsidyAlreadyClaimed = 961,
    /// <summary>The claim window has closed. Args: months, the deadline.</summary>
    SubsidyWindowClosed = 962,
    /// <summary>The claim cannot go from one state to the other. Args: from, to.</summary>
    SubsidyTransitionNotAllowed = 963,
    /// <summary>Refusing a claim needs the reason.</summary>
    SubsidyReasonRequired = 964,
    /// <summary>The claim changed since it was shown. Args: version shown, current version.</summary>
    SubsidyStale = 965,
    /// <summary>The certificate is revoked or replaced. Args: the number.</summary>
    SubsidyCertificateNotInForce = 966,
    /// <summary>No certificate has that number. Args: the number.</summary>
    SubsidyNoSuchCertificate = 967,
    /// <summary>The reason is too long. Args: the most characters.</summary>
    SubsidyReasonTooLong = 968,
    // Programme targets (975–989); the args are listed with the Domain's ProgrammeRefusal.
    /// <summary>No programme has that id. Args: the id.</summary>
    ProgrammeUnknownProgramme = 975,
    /// <summary>The years are out of range or reversed. Args: first, last year accepted.</summary>
    ProgrammeYearsOutOfRange = 976,
    /// <summary>The target is negative or too large. Args: the largest.</summary>
    ProgrammeTargetOutOfRange = 977,
    /// <summary>Item analysis: {0} is not a mark (revision, retirement or cleared).</summary>
    AnalyticsUnknownMark = 990,
    /// <summary>Item analysis: a mark for revision or retirement needs a reason.</summary>
    AnalyticsMarkReasonRequired = 991,
    /// <summary>Item analysis: the reason may be at most {0} characters.</summary>
    AnalyticsMarkReasonTooLong = 992,
    /// <summary>Item analysis: version {1} of the bank holds no item {0}.</summary>
    AnalyticsItemNotInVersion = 993,
    // 督导 supervision records and 逢考必督 (1020–1049); the args are listed with the Domain's SupervisionRefusal.
    /// <summary>The checklist has no such item. Args: the item id.</summary>
    SupervisionUnknownItem = 1020,
    /// <summary>An item is answered twice. Args: the item id.</summary>
    SupervisionDuplicateItem = 1021,
    /// <summary>Signing needs every item answered. Args: the item id.</summary>
    SupervisionItemUnanswered = 1022,
    /// <summary>不符合 needs a note. Args: the item id.</summary>
    SupervisionNonConformingNeedsNote = 1023,
    /// <summary>A note is too long. Args: the most characters.</summary>
    SupervisionNoteTooLong = 1024,
    /// <summary>A record is signed only once the sitting is closed.</summary>
    SupervisionSittingNotClosed = 1025,
    /// <summary>The record is signed and final; file a signed correction naming it. Args: the record id.</summary>
    SupervisionAlreadySigned = 1026,
    /// <summary>A correction must name the current signed record. Args: the id named.</summary>
    SupervisionCorrectsNotCurrent = 1027,
    /// <summary>A correction is signed when filed.</summary>
    SupervisionCorrectionUnsigned = 1028,
    /// <summary>The sitting was cancelled.</summary>
    SupervisionSittingCancelled = 1029,
    /// <summary>The sitting holds the most records it may. Args: the most.</summary>
    SupervisionTooManyRecords = 1030,
    /// <summary>逢考必督: the sitting's supervision record is not signed yet. Args: the sitting id.</summary>
    SupervisionUnsigned = 1031,
    // Admission tickets and exam batches (批次) (1080–1109); the args are listed with the Domain's BatchRefusal.
    /// <summary>The admission ticket is already bound to another candidate. Args: the ticket number.</summary>
    BatchTicketHeldByAnother = 1080,
    /// <summary>The candidate already has another ticket in the batch. Args: the seat, the batch's ticket.</summary>
    BatchTicketNotTheCandidates = 1081,
    /// <summary>The ticket belongs to another candidate of the batch. Args: the ticket number.</summary>
    BatchTicketOfAnotherInBatch = 1082,
    /// <summary>No batch has that id. Args: the id.</summary>
    BatchUnknown = 1083,
    /// <summary>The batch is of another track. Args: the batch's name, its track.</summary>
    BatchOtherTrack = 1084,
    /// <summary>The sitting is already in another batch. Args: that batch's id.</summary>
    BatchSittingInOtherBatch = 1085,
    /// <summary>The batch name is missing, too long or holds control characters. Args: the most characters.</summary>
    BatchNameInvalid = 1086,
    /// <summary>The track already has a batch of that name. Args: the name.</summary>
    BatchNameTaken = 1087,
    /// <summary>The batch's days are reversed or span too long. Args: the most days.</summary>
    BatchDatesInvalid = 1088,
    /// <summary>The batch's centre is missing or too long. Args: the most characters.</summary>
    BatchCentreInvalid = 1089,
    // Why the 发证 page says a candidate is not ready, component by component (1130–1139; words made at the web edge).
    /// <summary>The candidate was absent (缺考) from the latest sitting of these components. Args: the components, comma-separated.</summary>
    IssuingComponentsAbsent = 1130,
    /// <summary>The candidate's latest result in these components is a fail. Args: the components, comma-separated.</summary>
    IssuingComponentsFailed = 1131,
    /// <summary>The candidate has not sat these components yet. Args: the components, comma-separated.</summary>
    IssuingComponentsNotSat = 1132,
}
