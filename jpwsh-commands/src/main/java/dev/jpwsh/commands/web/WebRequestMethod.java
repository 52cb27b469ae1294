package dev.jpwsh.commands.web;

import dev.jpwsh.runtime.object.DotNetName;

/** The -Method values of the web cmdlets; Default is GET. */
@DotNetName("Microsoft.PowerShell.Commands.WebRequestMethod")
public enum WebRequestMethod {
    Default, Get, Head, Post, Put, Delete, Trace, Options, Merge, Patch
}
