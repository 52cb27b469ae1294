package dev.jpwsh.dotnet.automation;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.Management.Automation.Runspaces.PipelineResultTypes: the streams a caller of
 * {@code InvokeCommand.InvokeScript} or {@code Command.MergeMyResults} names; each constant's ordinal is its .NET
 * value.
 */
@DotNetName("System.Management.Automation.Runspaces.PipelineResultTypes")
public enum PipelineResultTypes {
    None, Output, Error, Warning, Verbose, Debug, Information, All, Null
}
