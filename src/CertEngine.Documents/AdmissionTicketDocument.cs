namespace CertEngine.Documents;

/// <summary>What an admission ticket (准考证) prints for one rostered candidate of one sitting.</summary>
/// <param name="Ticket">准考证号.</param>
/// <param name="IdNumber">证件号码, printed in full: the proctor compares it with the ID card at the door.</param>
/// <param name="LevelDisplay">E.g. 五级/初级工; null for a 专项 track.</param>
/// <param name="Component">The component as printed, e.g. 理论知识.</param>
/// <param name="Seat">考位, from 1.</param>
/// <param name="StartsAt">The start; printed in Beijing time.</param>
/// <param name="Minutes">The sitting's length.</param>
/// <param name="ExamUrl">Where a theory candidate signs in (the exam page's full address, printed with its QR code); empty for a practical or review sitting.</param>
/// <param name="PhotoJpeg">The candidate's 1-inch photo (JPEG), printed beside the fields; null prints the placeholder 无照片.</param>
public sealed record AdmissionTicketDocument(
    string Ticket,
    string HolderName,
    string IdNumber,
    string OccupationName,
    string? LevelDisplay,
    string Component,
    string SessionId,
    string Centre,
    string Room,
    int Seat,
    DateTimeOffset StartsAt,
    int Minutes,
    string ExamUrl = "",
    byte[]? PhotoJpeg = null);
