using CertEngine.Contracts;

namespace CertEngine.Server.Demo;

/// <summary>A scored sitting of a demo day (技能 or 综合评审): its session id, component, room and minutes.</summary>
internal sealed record DemoRoom(string SessionId, ExamComponent Component, string Name, int Minutes);
