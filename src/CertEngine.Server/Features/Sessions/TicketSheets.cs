using System.Text;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// Puts many rendered admission tickets into one printable document: the template renders a whole page per ticket, so
/// the first ticket's head (its print styles) is kept and each ticket's body becomes one printed page.
/// </summary>
public static class TicketSheets
{
    /// <summary>One HTML document holding every ticket, each starting a new printed page.</summary>
    /// <exception cref="ArgumentException">A ticket is not a whole HTML document with a head and a body.</exception>
    public static string Combine(IEnumerable<string> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var head = "";
        var pages = new StringBuilder();
        foreach (var ticket in tickets)
        {
            if (head.Length == 0)
            {
                head = Between(ticket, "<head>", "</head>");
            }

            pages.Append("<section class=\"ticket-page\">").Append(Between(ticket, "<body>", "</body>")).Append("</section>\n");
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>{{head}}
            <style>.ticket-page { break-after: page; page-break-after: always; margin-bottom: 10mm; } .ticket-page:last-child { break-after: auto; page-break-after: auto; }</style>
            </head>
            <body>
            {{pages}}
            </body>
            </html>
            """;
    }

    private static string Between(string html, string open, string close)
    {
        var start = html.IndexOf(open, StringComparison.OrdinalIgnoreCase);
        var end = html.LastIndexOf(close, StringComparison.OrdinalIgnoreCase);
        if (start < 0 || end < start)
        {
            throw new ArgumentException($"the admission-ticket template must render a whole document with {open} and {close}", nameof(html));
        }

        return html[(start + open.Length)..end];
    }
}
