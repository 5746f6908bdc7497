namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>Why a bank draft or track rules were not saved or published. Nothing was kept.</summary>
public enum PublicationRefusal
{
    /// <summary>The draft has no files, or an unsafe path.</summary>
    DraftUnsafe,

    /// <summary>The draft is another bank. Args: the draft's code, this bank's code.</summary>
    DraftWrongBank,

    /// <summary>No draft to publish: upload one first.</summary>
    NoDraft,

    /// <summary>This draft was already published. Args: the version.</summary>
    AlreadyPublished,

    /// <summary>The draft has problems. Args: how many (they are listed with the reply).</summary>
    DraftProblems,

    /// <summary>The version already exists; a published version never changes. Args: the stored key.</summary>
    VersionExists,

    /// <summary>Not a valid occupation code. Args: the code.</summary>
    NotACode,

    /// <summary>Publishing rules needs a note saying why they change.</summary>
    NoteRequired,

    /// <summary>The rules file is too large. Args: the limit in KB.</summary>
    RulesTooLarge,

    /// <summary>The text equals the newest version. Args: that version.</summary>
    SameAsNewest,

    /// <summary>The rules have problems. Args: how many (they are listed with the reply).</summary>
    RulesProblems,
}
