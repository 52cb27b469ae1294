/**
 * System.Collections and its Generic, Concurrent and ObjectModel parts: ArrayList, List[T], Dictionary[K,V],
 * HashSet[T], Queue, Stack, ConcurrentDictionary, ConcurrentQueue, ConcurrentBag, BlockingCollection, the
 * Collection`1 that {@code .Where()} and {@code .ForEach()} return, StringComparer, and
 * {@link dev.jpwsh.dotnet.collections.MapMembers}, Hashtable's members for jpwsh's hashtables. A generic facade
 * implements {@link dev.jpwsh.dotnet.collections.GenericInstance} to take the type arguments of the name it was
 * created through and converts its items to them (through {@link dev.jpwsh.dotnet.EngineServices}). Every class
 * says whether it is thread-safe (the Concurrent ones and BlockingCollection are, as in .NET). May use the rest of
 * {@code jpwsh-dotnet} and {@code jpwsh-runtime}.
 */
package dev.jpwsh.dotnet.collections;
