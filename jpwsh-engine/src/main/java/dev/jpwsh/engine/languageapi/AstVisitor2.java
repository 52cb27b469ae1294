package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** AstVisitor2: PowerShell's visitor for class, member and chain nodes; {@link AstVisitor} already visits them. */
@DotNetName("System.Management.Automation.Language.AstVisitor2")
public abstract class AstVisitor2 extends AstVisitor {
}
