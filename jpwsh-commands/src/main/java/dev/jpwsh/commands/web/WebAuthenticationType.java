package dev.jpwsh.commands.web;

import dev.jpwsh.runtime.object.DotNetName;

/** The -Authentication values: None (only a -Credential challenge answer), Basic, and the token schemes. */
@DotNetName("Microsoft.PowerShell.Commands.WebAuthenticationType")
public enum WebAuthenticationType {
    None, Basic, Bearer, OAuth
}
