using CertEngine.Contracts.Attempts;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;

namespace CertEngine.Grains.Practical;

/// <summary>What a practical or review attempt reads from the library for its setup: the bank, level, 工种, component and scoring policy.</summary>
/// <param name="Bank">The bank version the sitting pinned.</param>
/// <param name="Level">The track's level (the specialty level for a 专项).</param>
/// <param name="WorkType">The track's 工种, if any.</param>
/// <param name="Component">The track's practical or review component.</param>
/// <param name="Policy">How the sheets of one task combine.</param>
internal sealed record PracticalContext(Bank Bank, int Level, string? WorkType, TrackComponent Component, PracticalPolicy Policy)
{
    /// <summary>The context of <paramref name="setup"/>, or <see langword="null"/> when its track, component or bank is not available.</summary>
    public static async Task<PracticalContext?> LoadAsync(ExamLibrary library, AttemptSetup setup)
    {
        var kind = setup.Component.Kind();
        return TrackKey.TryParse(setup.TrackKey, out var key)
            && await library.CreateTrackAsync(key, setup.BankVersion, setup.RulesVersion) is TrackOutcome.Created { Track: var track }
            && track.Component(kind) is { } component
            && await library.FindBankAsync(key.OccupationCode, setup.BankVersion) is { } bank
            ? new PracticalContext(bank, key.Level ?? Occupation.SpecialtyLevel, key.WorkType, component, component.Scoring ?? PracticalPolicy.Default)
            : null;
    }
}
