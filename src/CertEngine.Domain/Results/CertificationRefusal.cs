namespace CertEngine.Domain.Results;

/// <summary>Why a candidate may not sit a component, or why no certificate can be issued yet (RULES.md §8).</summary>
public enum CertificationRefusal
{
    /// <summary>The track has no such component. Args: the component (Theory, Practical, Review).</summary>
    NoSuchComponent,

    /// <summary>Every component has passed: nothing to sit.</summary>
    AllPassed,

    /// <summary>The component already passed in this cycle; only failed ones are retaken. Args: the component, sat on, valid until.</summary>
    AlreadyPassed,

    /// <summary>A void result blocks certification. Args: sat on, the session, the component.</summary>
    VoidResult,

    /// <summary>Not every component has passed. Args: the missing components, comma-separated.</summary>
    NotYetPassed,

    /// <summary>The retake window ended; passed parts lapsed. Args: cycle start, window end.</summary>
    WindowEnded,

    /// <summary>The retakes are used up; passed parts lapsed. Args: cycle start.</summary>
    RetakesUsedUp,
}
