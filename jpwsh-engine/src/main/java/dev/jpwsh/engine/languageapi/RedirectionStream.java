package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** The stream a redirection takes from or merges into. */
@DotNetName("System.Management.Automation.Language.RedirectionStream")
public enum RedirectionStream {
    All, Output, Error, Warning, Verbose, Debug, Information
}
