namespace CertEngine.Storage.Migrations;

/// <summary>One versioned schema script of one dialect, shipped as an embedded resource.</summary>
/// <param name="Version">The script's number, from 1 upwards; scripts run in this order.</param>
/// <param name="Name">The file name without extension, e.g. <c>0001_orleans_providers</c>.</param>
/// <param name="Sql">The script text, run in one transaction together with its <c>certengine_schema_version</c> row.</param>
public sealed record StorageMigration(int Version, string Name, string Sql);
