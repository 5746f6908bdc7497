namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>Keeps its text in the "exams" grain storage.</summary>
public sealed class ScratchpadGrain([PersistentState("x", GrainStorageNames.Exams)] IPersistentState<ScratchpadState> state) : Grain, IScratchpadGrain
{
    public async Task SaveAsync(string text)
    {
        state.State.Text = text;
        await state.WriteStateAsync();
    }

    public Task<string?> ReadAsync() => Task.FromResult(state.State.Text);

    public async Task ClearAsync() => await state.ClearStateAsync();
}
