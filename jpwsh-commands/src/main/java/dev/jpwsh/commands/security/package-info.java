/**
 * Bytes and secrets: Get-FileHash and Unblock-File of Microsoft.PowerShell.Utility; ConvertTo-SecureString,
 * ConvertFrom-SecureString (with pwsh's AES package for -Key and -SecureKey, {@link
 * dev.jpwsh.commands.security.SecureStringPackage}), Get-Credential, Get-ExecutionPolicy and Set-ExecutionPolicy of
 * Microsoft.PowerShell.Security, as pwsh behaves on Linux.
 *
 * <p>jpwsh's local-machine form: without -Key or -SecureKey, ConvertFrom-SecureString writes (and
 * ConvertTo-SecureString reads) what pwsh writes on Linux, where there is no DPAPI: the hexadecimal digits of the
 * text's UTF-16LE bytes. It protects nothing, exactly as on pwsh for Linux, and Export-Clixml writes a secure
 * string the same way, so files move between jpwsh and pwsh on Linux; use -Key or -SecureKey to encrypt.
 * Registered by {@link dev.jpwsh.commands.security.SecurityCommands} through the CLIXML library.
 */
package dev.jpwsh.commands.security;
