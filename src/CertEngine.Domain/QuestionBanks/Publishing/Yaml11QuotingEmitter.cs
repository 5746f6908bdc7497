using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>Double-quotes every text scalar that a YAML 1.1 reader would type as a number, bool, null or date (<see cref="Yaml11Scalars"/>).</summary>
internal sealed class Yaml11QuotingEmitter(IEventEmitter next) : ChainedEventEmitter(next)
{
    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        if (eventInfo.Source.Type == typeof(string) && eventInfo.Source.Value is string text && Yaml11Scalars.NeedsQuotes(text))
        {
            eventInfo.Style = ScalarStyle.DoubleQuoted;
        }

        base.Emit(eventInfo, emitter);
    }
}
