using System.IO.Compression;
using CertEngine.Domain.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// Photos for many candidates at once (照片批量导入): picture files, or ZIP archives of them, each named by the
/// candidate's ID number (<c>140402199001011234.jpg</c>), matched to registered candidates and stored one by one with a
/// line per file. Safe against ZIP bombs: the entries looked at, each entry's bytes (counted while inflating, whatever the
/// archive's header claims) and the bytes inflated in all are bounded, and nested archives are not opened.
/// </summary>
public sealed class CandidatePhotoBatch(CandidatePhotos photos)
{
    /// <summary>The largest upload, in bytes (all files together).</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    /// <summary>The most files (archive entries included) looked at in one upload; the rest are reported as skipped.</summary>
    public const int MaxFiles = 500;

    /// <summary>The most bytes inflated from archives in one upload; the rest are reported as skipped.</summary>
    public const long MaxInflatedBytes = 256L * 1024 * 1024;

    /// <summary>The most entries an archive may hold to be opened at all.</summary>
    public const int MaxArchiveEntries = 4 * MaxFiles;

    private static readonly string[] PictureExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>Matches and stores every file of <paramref name="files"/>; a file refused stores nothing and does not stop the others.</summary>
    public async Task<PhotoBatchReport> ImportAsync(IReadOnlyList<IFormFile> files, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var run = new Run(photos, actor);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = BaseName(file.FileName);
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                await using var stream = file.OpenReadStream();
                await run.ArchiveAsync(name, stream, cancellationToken);
            }
            else if (run.Take(name))
            {
                await using var stream = file.OpenReadStream();
                await run.PictureAsync(name, file.Length, stream, cancellationToken);
            }
        }

        return new PhotoBatchReport(run.Lines.Count, run.Stored, run.Lines);
    }

    // The file name without any folder, whichever separator the archive's maker used.
    private static string BaseName(string path)
    {
        var name = path.Replace('\\', '/');
        return name[(name.LastIndexOf('/') + 1)..].Trim();
    }

    // The entry count of a ZIP's end-of-central-directory record (within its last 64 KB), or null when there is none or it
    // says 0xFFFF (a ZIP64 archive: more entries than any photo upload needs).
    private static async Task<int?> ZipEntryCountAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!stream.CanSeek || stream.Length < 22)
        {
            return null;
        }

        var tail = new byte[(int)Math.Min(stream.Length, 22 + 65_535)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        await stream.ReadExactlyAsync(tail, cancellationToken);
        stream.Seek(0, SeekOrigin.Begin);
        for (var at = tail.Length - 22; at >= 0; at--)
        {
            if (tail[at] == 0x50 && tail[at + 1] == 0x4b && tail[at + 2] == 5 && tail[at + 3] == 6)
            {
                var count = tail[at + 10] | (tail[at + 11] << 8);
                return count == 0xFFFF ? null : count;
            }
        }

        return null;
    }

    // One upload's running state: the lines so far and the bounds spent.
    private sealed class Run(CandidatePhotos photos, string actor)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private long _inflated;

        public List<PhotoFileReport> Lines { get; } = [];

        public int Stored { get; private set; }

        // Whether another file may be looked at; past the bound, a line says it was skipped.
        public bool Take(string name)
        {
            if (Lines.Count < MaxFiles)
            {
                return true;
            }

            if (Lines.Count == MaxFiles)
            {
                Lines.Add(new PhotoFileReport(name, "skipped", "", $"超过 {MaxFiles} 个文件，此后的文件未处理", $"more than {MaxFiles} files: this one and the rest were not looked at"));
            }

            return false;
        }

        public async Task ArchiveAsync(string archive, Stream stream, CancellationToken cancellationToken)
        {
            // The central directory is read whole when an archive opens: count its entries first, from its end record.
            if (await ZipEntryCountAsync(stream, cancellationToken) is not { } count || count > MaxArchiveEntries)
            {
                Lines.Add(new PhotoFileReport(archive, "skipped", "", $"压缩包无法读取或文件超过 {MaxArchiveEntries} 个，未处理", $"an unreadable archive, or one of more than {MaxArchiveEntries} files: not looked at"));
                return;
            }

            ZipArchive zip;
            try
            {
                zip = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
            }
            catch (InvalidDataException)
            {
                Lines.Add(new PhotoFileReport(archive, "not-image", "", "不是可读取的 ZIP 压缩包", "not a readable ZIP archive"));
                return;
            }

            await using (zip)
            {
                foreach (var entry in zip.Entries)
                {
                    var name = BaseName(entry.FullName);
                    // Folders and the litter of some archivers (__MACOSX/, ._name, Thumbs.db) are not files anybody meant.
                    if (name.Length == 0 || name.StartsWith('.') || entry.FullName.StartsWith("__MACOSX", StringComparison.Ordinal)
                        || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (!Take(name))
                    {
                        return;
                    }

                    if (_inflated >= MaxInflatedBytes)
                    {
                        Lines.Add(new PhotoFileReport(name, "skipped", "", $"压缩包解压后超过 {MaxInflatedBytes / 1024 / 1024} MB，未处理", $"the archive inflates past {MaxInflatedBytes / 1024 / 1024} MB: not looked at"));
                        continue;
                    }

                    if (entry.Length > CandidatePhotoImages.MaxUploadBytes)
                    {
                        Add(name, "too-large", "", PhotoWords.Chinese(PhotoRefusal.TooLarge), PhotoWords.English(PhotoRefusal.TooLarge));
                        continue;
                    }

                    try
                    {
                        await using var content = await entry.OpenAsync(cancellationToken);
                        await PictureAsync(name, entry.Length, content, cancellationToken);
                    }
                    catch (InvalidDataException)
                    {
                        Add(name, "not-image", "", "压缩包中的文件已损坏", "the file in the archive is damaged");
                    }
                }
            }
        }

        public async Task PictureAsync(string name, long declaredLength, Stream content, CancellationToken cancellationToken)
        {
            var stem = Path.GetFileNameWithoutExtension(name).Trim().ToUpperInvariant();
            if (!PictureExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                Add(name, "not-image", "", "不是照片文件（.jpg、.jpeg、.png、.webp）", "not a photo file: .jpg, .jpeg, .png, .webp");
                return;
            }

            if (IdentityNumber.TryParse(stem, DateOnly.MaxValue).Number is null)
            {
                Add(name, "bad-name", "", "文件名应为考生的身份证号，如 140402199001011234.jpg", "name the file by the candidate's ID number, e.g. 140402199001011234.jpg");
                return;
            }

            var masked = IdentityNumber.Mask(stem);
            // Only a photo stored counts: a damaged file followed by a good one for the same number stores the good one.
            if (_seen.Contains(stem))
            {
                Add(name, "duplicate", masked, "同一身份证号的照片已在本次上传中保存，此文件未使用", "a photo for this ID number was stored earlier in the upload: file not used");
                return;
            }

            if (declaredLength > CandidatePhotoImages.MaxUploadBytes)
            {
                Add(name, "too-large", masked, PhotoWords.Chinese(PhotoRefusal.TooLarge), PhotoWords.English(PhotoRefusal.TooLarge));
                return;
            }

            // Counted as inflated, not as declared: an entry may claim a few bytes and hold gigabytes.
            var bytes = await PhotoUploads.ReadBoundedAsync(content, CandidatePhotoImages.MaxUploadBytes, cancellationToken);
            _inflated += bytes?.Length ?? CandidatePhotoImages.MaxUploadBytes;
            if (bytes is null)
            {
                Add(name, "too-large", masked, PhotoWords.Chinese(PhotoRefusal.TooLarge), PhotoWords.English(PhotoRefusal.TooLarge));
                return;
            }

            switch (await photos.SaveAsync(stem, bytes, actor, cancellationToken))
            {
                case PhotoSaveOutcome.Saved saved:
                    _seen.Add(stem);
                    Stored++;
                    Add(name, saved.Replaced ? "replaced" : "matched", masked, saved.Replaced ? "已更换照片" : "已匹配并保存", saved.Replaced ? "photo replaced" : "matched and stored");
                    break;
                case PhotoSaveOutcome.NoSuchCandidate:
                    Add(name, "no-candidate", masked, "没有该身份证号的考生，请先登记", "no candidate with this ID number: register them first");
                    break;
                case PhotoSaveOutcome.Refused refused:
                    Add(name, Code(refused.Reason), masked, PhotoWords.Chinese(refused.Reason), PhotoWords.English(refused.Reason));
                    break;
            }
        }

        private void Add(string name, string outcome, string idNumber, string chinese, string english) => Lines.Add(new PhotoFileReport(name, outcome, idNumber, chinese, english));

        private static string Code(PhotoRefusal reason) => reason switch
        {
            PhotoRefusal.TooLarge => "too-large",
            PhotoRefusal.TooManyPixels => "too-many-pixels",
            PhotoRefusal.TooSmall => "too-small",
            _ => "not-image",
        };
    }
}
