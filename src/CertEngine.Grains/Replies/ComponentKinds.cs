using CertEngine.Contracts;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Grains.Replies;

/// <summary>The one mapping between the wire's <see cref="ExamComponent"/> and the Domain's <see cref="ComponentKind"/>.</summary>
public static class ComponentKinds
{
    /// <summary>The Domain's kind of a component.</summary>
    public static ComponentKind ToDomain(this ExamComponent component) => component switch
    {
        ExamComponent.Theory => ComponentKind.Theory,
        ExamComponent.Practical => ComponentKind.Practical,
        _ => ComponentKind.Review,
    };

    /// <summary>The wire's component of a kind.</summary>
    public static ExamComponent ToContract(this ComponentKind kind) => kind switch
    {
        ComponentKind.Theory => ExamComponent.Theory,
        ComponentKind.Practical => ExamComponent.Practical,
        _ => ExamComponent.Review,
    };
}
