/**
 * System.IO: the static File and Directory classes over {@code java.nio.file} (System.IO.Path is with System's
 * statics in {@code dev.jpwsh.dotnet}). Stateless. May use {@code jpwsh-runtime} only.
 */
package dev.jpwsh.dotnet.io;
