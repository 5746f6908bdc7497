using System.Globalization;
using MiniExcelLibs;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// The lines of a report as MiniExcel's asynchronous data reader: the header row first, then one row per line, each read into
/// one reused array of cells (<see cref="NationalColumns"/> order, text escaped by <see cref="NationalFiles.Cell"/>). Only
/// <see cref="ReadAsync"/> reads; the synchronous <see cref="Read"/> is refused (the lines come from the record store).
/// </summary>
internal sealed class NationalRows(IAsyncEnumerable<NationalLine> lines, CancellationToken cancellationToken) : MiniExcelDataReaderBase
{
    // The column keys MiniExcel writes by (never shown: the header is the first row), made once.
    private static readonly string[] Keys = [.. NationalColumns.All.Select((_, i) => "c" + i.ToString("00", CultureInfo.InvariantCulture))];

    private readonly IAsyncEnumerator<NationalLine> _enumerator = lines.GetAsyncEnumerator(cancellationToken);
    private readonly object?[] _cells = new object?[Keys.Length];
    private bool _headerRead;

    /// <summary>The lines read so far (the header not counted).</summary>
    public long Lines { get; private set; }

    /// <inheritdoc />
    public override int FieldCount => Keys.Length;

    /// <inheritdoc />
    public override string GetName(int i) => Keys[i];

    /// <inheritdoc />
    public override object GetValue(int i) => _cells[i]!;

    /// <inheritdoc />
    public override Task<object> GetValueAsync(int i, CancellationToken cancellationToken = default) => Task.FromResult(_cells[i]!);

    /// <inheritdoc />
    public override bool Read() => throw new NotSupportedException("The lines are read asynchronously (ReadAsync).");

    /// <inheritdoc />
    public override async Task<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        var columns = NationalColumns.All;
        if (!_headerRead)
        {
            _headerRead = true;
            for (var i = 0; i < _cells.Length; i++)
            {
                _cells[i] = columns[i].Header;
            }

            return true;
        }

        if (!await _enumerator.MoveNextAsync())
        {
            return false;
        }

        Lines++;
        var line = _enumerator.Current;
        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] = NationalFiles.Cell(columns[i].Value(line));
        }

        return true;
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await _enumerator.DisposeAsync();
        await base.DisposeAsync();
    }
}
