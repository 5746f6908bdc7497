using CertEngine.Storage.Records.Exports;

namespace CertEngine.Server.Features.Exports;

/// <summary>A report written and logged: the file, open at its start (deleted when closed), and its log entry.</summary>
/// <param name="Content">The file's bytes, positioned at 0; disposing it deletes the temporary file.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Entry">The export log entry, with the row count and SHA-256.</param>
public sealed record ExportFile(Stream Content, string ContentType, ExportLogEntry Entry);
