/**
 * Test fixtures shared through the console's test jar: a private OpenSSH server whose {@code powershell} subsystem
 * is this build's jpwsh, for the console's and the conformance module's SSH tests. Uses the JDK and the console's
 * {@code Main} only.
 */
package dev.jpwsh.console.ssh;
