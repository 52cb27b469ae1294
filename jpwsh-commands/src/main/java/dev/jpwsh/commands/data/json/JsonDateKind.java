package dev.jpwsh.commands.data.json;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * ConvertFrom-Json's -DateKind: what a string in ISO 8601 form becomes: a DateTime of the kind the text says
 * (Default), one converted to local time or to UTC, a DateTimeOffset, or the string itself.
 */
@DotNetName("Microsoft.PowerShell.Commands.JsonDateKind")
public enum JsonDateKind {
    Default, Local, Utc, Offset, String
}
