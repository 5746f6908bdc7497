namespace CertEngine.Server.Hosting.DataFolder;

/// <summary>
/// An exclusive lock on <c>{data}/certengine.lock</c>, held by the server (embedded mode) for as long as it runs and by
/// the <c>certificates render</c> verb while it reads. The embedded store is one silo on a SQLite file with localhost
/// clustering: a second process opening the same folder would start a second, unaware silo over the same grain state
/// and reminders, so the second one refuses instead. On Linux and macOS .NET takes the lock with flock, so it is
/// released when the process ends, even by a crash.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    /// <summary>The lock file's name inside the data folder.</summary>
    public const string FileName = "certengine.lock";

    private readonly FileStream _file;

    private DataFolderLock(FileStream file) => _file = file;

    /// <summary>The lock, or null when another process (or another host in this one) holds it.</summary>
    public static DataFolderLock? TryAcquire(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        try
        {
            return new DataFolderLock(new FileStream(Path.Combine(dataDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _file.Dispose();
}
