namespace CertEngine.Domain.Tracks;

/// <summary>
/// Why a track cannot be built from a bank version and the tracks data (<see cref="TrackCatalogue.Create"/>), or why the
/// library has no such bank or rules version. Level names in the args are the bank's own (e.g. 五级/初级工); component
/// kinds are <see cref="QuestionBanks.ComponentKind"/> names; lists are comma-separated.
/// </summary>
public enum CatalogueRefusal
{
    /// <summary>The key's occupation is not the bank's. Args: the key, the bank's code, the bank's occupation name.</summary>
    OccupationMismatch,

    /// <summary>The tracks data has nothing for the occupation. Args: the code, the occupation name.</summary>
    NoTracksData,

    /// <summary>The code is a 专项, which has no levels, but the key names one. Args: the code, the 专项 key to use.</summary>
    SpecialtyHasNoLevel,

    /// <summary>The code is not a 专项, but the key names no level. Args: the code, the occupation name.</summary>
    LevelRequired,

    /// <summary>The bank is a 专项 but its tracks data is not marked <c>specialty: true</c>. Args: the code.</summary>
    DataNotMarkedSpecialty,

    /// <summary>The occupation has no such level. Args: the occupation name, the level digit, the levels it has (names, comma-separated).</summary>
    NoSuchLevel,

    /// <summary>The level is split by 工种 and the key names none. Args: the occupation name, the level name, the 工种 (comma-separated).</summary>
    WorkTypeRequired,

    /// <summary>The level has no such 工种. Args: the occupation name, the level name, the 工种 asked for, the 工种 it has.</summary>
    NoSuchWorkType,

    /// <summary>The level is not split by 工种, but the key names one. Args: the occupation name, the level name, the 工种 asked for.</summary>
    NoWorkTypes,

    /// <summary>The tracks data has no eligibility rule set for the level. Args: the occupation name, the level name.</summary>
    NoRuleSet,

    /// <summary>The bank lists no components for the level. Args: the level name.</summary>
    NoComponents,

    /// <summary>The data shortens a component below the standard. Args: the level name, the kind, the minutes set, the standard's minutes.</summary>
    ComponentTooShort,

    /// <summary>The data sets a component the level does not have. Args: the level name, the kind.</summary>
    StrayComponent,

    /// <summary>The tracks data has no eligibility rule set for the 专项. Args: the 专项's name.</summary>
    SpecialtyNoRuleSet,

    /// <summary>The data sets a component the 专项's 考核规范 does not have. Args: the kind.</summary>
    SpecialtyStrayComponent,

    /// <summary>Neither the bank nor the data gives a 专项 component's minutes and pass mark. Args: the kind.</summary>
    SpecialtyComponentUnset,

    /// <summary>The data shortens a 专项 component below its 考核规范. Args: the kind, the minutes set, the 规范's minutes.</summary>
    SpecialtyComponentTooShort,

    /// <summary>The 专项 has no components at all. Args: the 专项's name.</summary>
    SpecialtyNoComponents,

    /// <summary>The bank version is not published. Args: the code, the version.</summary>
    BankNotPublished,

    /// <summary>No such track rules version. Args: the code, the version.</summary>
    NoRulesVersion,

    /// <summary>The tracks data does not read. Args: its problems, each as <c>file:line: message</c>, joined by "; ".</summary>
    DataInvalid,

    /// <summary>
    /// A track that an edited rules file cannot build on the bank version (its cause is one of the reasons above).
    /// Args: the track key, the bank version.
    /// </summary>
    TrackNotBuilt,
}
