package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** ICustomAstVisitor2: the custom visitor of class, member and chain nodes; {@link ICustomAstVisitor} has them. */
@DotNetName("System.Management.Automation.Language.ICustomAstVisitor2")
public interface ICustomAstVisitor2 extends ICustomAstVisitor {
}
