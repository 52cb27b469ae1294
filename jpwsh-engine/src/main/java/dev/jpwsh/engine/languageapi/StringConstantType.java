package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** How a string constant was written. */
@DotNetName("System.Management.Automation.Language.StringConstantType")
public enum StringConstantType {
    SingleQuoted, SingleQuotedHereString, DoubleQuoted, DoubleQuotedHereString, BareWord
}
