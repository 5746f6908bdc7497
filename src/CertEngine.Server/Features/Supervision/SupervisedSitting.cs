using CertEngine.Server.Features.Sessions;

namespace CertEngine.Server.Features.Supervision;

/// <summary>A sitting on a supervisor's list, and whether its supervision record is signed yet.</summary>
public sealed record SupervisedSitting(SessionView Sitting, bool Signed);
