namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>A tiny grain whose one string of state goes through the "exams" grain storage.</summary>
public interface IScratchpadGrain : IGrainWithGuidKey
{
    Task SaveAsync(string text);

    Task<string?> ReadAsync();

    Task ClearAsync();
}

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

[GenerateSerializer, Alias("certengine.tests.ScratchpadState")]
public sealed class ScratchpadState
{
    [Id(0)] public string? Text { get; set; }
}
