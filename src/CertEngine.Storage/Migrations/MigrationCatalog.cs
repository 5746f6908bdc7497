using System.Globalization;
using System.Reflection;

namespace CertEngine.Storage.Migrations;

/// <summary>Reads the embedded migration scripts of a dialect, in version order.</summary>
internal static class MigrationCatalog
{
    public static IReadOnlyList<StorageMigration> For(StorageDialect dialect)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"CertEngine.Storage.Migrations.{dialect}.";
        var migrations = assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal) && resource.EndsWith(".sql", StringComparison.Ordinal))
            .Select(resource => Load(assembly, resource, resource[prefix.Length..^".sql".Length]))
            .OrderBy(migration => migration.Version)
            .ToList();

        for (var index = 0; index < migrations.Count; index++)
        {
            // A gap or a duplicate number is a packaging bug: the schema version would no longer say which scripts ran.
            if (migrations[index].Version != index + 1)
            {
                throw new InvalidOperationException(
                    $"{dialect} migrations must be numbered 1, 2, 3 … without gaps; found {migrations[index].Name} at position {index + 1}.");
            }
        }

        return migrations;
    }

    private static StorageMigration Load(Assembly assembly, string resource, string name)
    {
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(name[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{name}' must be named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration '{resource}' could not be opened.");
        using var reader = new StreamReader(stream);
        return new StorageMigration(version, name, reader.ReadToEnd());
    }
}
