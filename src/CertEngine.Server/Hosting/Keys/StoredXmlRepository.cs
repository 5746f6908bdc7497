using System.Xml.Linq;
using CertEngine.Storage.Keys;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CertEngine.Server.Hosting.Keys;

/// <summary>
/// Data Protection's key repository on the store's key table, so every server of a cluster (and an embedded server
/// after a restart) reads the same cookie and anti-forgery keys. Data Protection calls it synchronously, at its first
/// use and at each key-ring refresh.
/// </summary>
public sealed class StoredXmlRepository(DataProtectionKeyTable table) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements() => table.ReadAll().Select(xml => XElement.Parse(xml)).ToList();

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        table.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
