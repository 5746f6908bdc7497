namespace CertEngine.Server.Features.Subsidies;

/// <summary>The claim states in words, Chinese first.</summary>
public static class SubsidyWords
{
    /// <summary>The state's words.</summary>
    public static (string Chinese, string English) State(string state) => state switch
    {
        "draft" => ("待申报", "Draft"),
        "submitted" => ("已申报", "Submitted"),
        "paid" => ("已拨付", "Paid"),
        "refused" => ("未通过", "Refused"),
        _ => (state, state),
    };
}
