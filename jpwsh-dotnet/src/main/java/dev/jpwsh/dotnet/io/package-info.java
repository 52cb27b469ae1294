/**
 * System.IO: the File, Directory and Path statics, FileInfo and DirectoryInfo, the streams (FileStream,
 * MemoryStream, pipe ends) with their text and binary readers and writers, the System.IO enumerations and
 * exceptions, over {@code java.nio.file}. Relative paths resolve against the process's current directory
 * ({@link dev.jpwsh.dotnet.io.ProcessPaths}), as in .NET, never against PowerShell's location. Failures are the
 * .NET exceptions with .NET's messages. May use {@code jpwsh-runtime}, the {@code dev.jpwsh.dotnet} root package
 * and {@code dev.jpwsh.dotnet.text} and {@code dev.jpwsh.dotnet.time}.
 */
package dev.jpwsh.dotnet.io;
