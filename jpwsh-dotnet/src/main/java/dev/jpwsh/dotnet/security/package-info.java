/**
 * Secrets as pwsh hands them around: System.Security.SecureString, System.Management.Automation.PSCredential and
 * System.Net.NetworkCredential, and {@link dev.jpwsh.dotnet.security.SecureStrings}, the one way Java code reads a
 * secure string's text. May use {@code jpwsh-runtime} only.
 */
package dev.jpwsh.dotnet.security;
