package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** What an {@link AstVisitor} tells the walk after visiting a node. */
@DotNetName("System.Management.Automation.Language.AstVisitAction")
public enum AstVisitAction {
    Continue, SkipChildren, StopVisit
}
