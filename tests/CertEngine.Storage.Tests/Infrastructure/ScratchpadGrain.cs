namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>Keeps its text in the "exams" grain storage.</summary>
public sealed class ScratchpadGrain([PersistentState(ScratchpadGrain.StateName, GrainStorageNames.Exams)] IPersistentState<ScratchpadState> state) : Grain, IScratchpadGrain
{
    /// <summary>The state's name, which the storage rows carry.</summary>
    public const string StateName = "x";

    public async Task SaveAsync(string text)
    {
        state.State.Text = text;
        await state.WriteStateAsync();
    }

    public Task<string?> ReadAsync() => Task.FromResult(state.State.Text);

    public async Task ClearAsync() => await state.ClearStateAsync();
}
