using CertEngine.Contracts.Certificates;

namespace CertEngine.Grains.Certificates;

/// <summary>The 证书序列码 counter of one number prefix. The serial is saved before it is handed out, so none repeats after a crash.</summary>
public sealed class CertificateSerialGrain(
    [PersistentState("serial", StorageNames.Exams)] IPersistentState<CertificateSerialState> state) : Grain, ICertificateSerialGrain
{
    /// <inheritdoc />
    public async Task<int> NextAsync()
    {
        state.State.Last++;
        await state.WriteStateAsync();
        return state.State.Last;
    }
}
