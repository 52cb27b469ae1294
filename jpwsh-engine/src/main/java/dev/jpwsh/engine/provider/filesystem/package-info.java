/**
 * The FileSystem provider, on {@code java.nio.file}: its items ({@link
 * dev.jpwsh.engine.provider.filesystem.FileItem} and {@link dev.jpwsh.engine.provider.filesystem.DirectoryItem},
 * jpwsh-dotnet's System.IO.FileInfo and DirectoryInfo extended with the properties pwsh adds), the streaming walk of Get-ChildItem
 * -Recurse ({@link dev.jpwsh.engine.provider.filesystem.TreeWalk}) and file content ({@link
 * dev.jpwsh.engine.provider.filesystem.FileContent}). Session services layer: uses the provider model and the
 * modules below the engine.
 */
package dev.jpwsh.engine.provider.filesystem;
