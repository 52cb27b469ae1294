/**
 * Microsoft.PowerShell.Archive's cmdlets, Compress-Archive and Expand-Archive, on {@code java.util.zip}, with the
 * module's error ids and messages. Uses the engine's command and provider model.
 */
package dev.jpwsh.commands.archive;
