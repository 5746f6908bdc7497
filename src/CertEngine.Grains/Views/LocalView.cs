using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace CertEngine.Grains.Views;

/// <summary>
/// What the activations of one grain type on this silo show of their state to readers in the same process, so a request
/// that only reads (the public verification, the sign-in check on every candidate request) need not make a grain call.
/// <para>
/// An activation publishes its value in the same turn that changes what the value shows, whether or not the state's write
/// succeeded (a grain call would answer from the same memory), and withdraws it when it starts to deactivate and again
/// when Orleans disposes it. So an entry exists only while its activation lives here, and a reader sees exactly what a call
/// to that activation would answer at that moment. A key without an entry (the grain is active on another silo, or not at
/// all) is read with a grain call, as before.
/// </para>
/// </summary>
/// <typeparam name="TValue">An immutable value: a reader keeps it without a lock.</typeparam>
public abstract class LocalView<TValue>
    where TValue : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How many activations on this silo have published.</summary>
    public int Count => _entries.Count;

    /// <summary>Called by the activation <paramref name="owner"/>: <paramref name="value"/> is what it now shows for <paramref name="key"/>.</summary>
    public void Publish(object owner, string key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _entries[key] = new Entry(owner, value);
    }

    /// <summary>Called by the activation <paramref name="owner"/> as it leaves: its entry goes; another owner's stays.</summary>
    public void Withdraw(object owner, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_entries.TryGetValue(key, out var entry) && ReferenceEquals(entry.Owner, owner))
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }
    }

    /// <summary>What the activation of <paramref name="key"/> on this silo shows; false when none has published here.</summary>
    public bool TryRead(string key, [NotNullWhen(true)] out TValue? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_entries.TryGetValue(key, out var entry))
        {
            value = entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    // A class, not a record: an entry is removed only if it is the very one read, compared by reference.
    private sealed class Entry(object owner, TValue value)
    {
        public object Owner { get; } = owner;

        public TValue Value { get; } = value;
    }
}
