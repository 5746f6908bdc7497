using System.Text.RegularExpressions;
using CertEngine.Domain.Candidates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CertEngine.Server.Hosting.Logging;

/// <summary>
/// The console log's format (the simple one's layout: <c>warn: Category[EventId]</c>, then the message indented) with
/// every resident ID number masked as the pages mask it (1404**********1382). CertEngine never logs an ID number, but
/// Orleans names grains in its warnings (a slow call, a timeout) and some grain keys hold one
/// (<c>attempt/{sitting}/{ID number}</c>); the log is what a centre forwards when asking for help.
/// </summary>
/// <param name="flood">Leaves out what floods the log (<see cref="LogFlood"/>); none in tests of the layout.</param>
internal sealed partial class MaskingConsoleFormatter(LogFlood? flood = null) : ConsoleFormatter(FormatterName)
{
    /// <summary>The formatter's name in the console options.</summary>
    public const string FormatterName = "certengine";

    private const string Indent = "      ";

    /// <inheritdoc />
    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        // Nothing written, nothing logged: the console logger drops an entry its formatter left empty.
        if (flood is not null && !flood.Admit(logEntry.Category, logEntry.EventId.Id, logEntry.LogLevel))
        {
            return;
        }

        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.WriteLine(']');
        if (!string.IsNullOrEmpty(message))
        {
            WriteIndented(textWriter, Mask(message));
        }

        if (logEntry.Exception is { } exception)
        {
            WriteIndented(textWriter, Mask(exception.ToString()));
        }
    }

    /// <summary>The text with every 18-character resident ID number masked to its first and last four characters.</summary>
    public static string Mask(string text) => IdNumber().Replace(text, m => IdentityNumber.Mask(m.Value));

    private static void WriteIndented(TextWriter writer, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            writer.Write(Indent);
            writer.WriteLine(line.TrimEnd('\r'));
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    // 6-digit area, birth date 18xx–20xx, 3-digit order, check digit; not inside a longer run of digits or letters.
    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber();
}
