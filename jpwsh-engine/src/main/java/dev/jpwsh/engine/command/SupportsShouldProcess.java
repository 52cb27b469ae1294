package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cmdlet class that asks before it changes anything, as {@code [Cmdlet(SupportsShouldProcess = true)]}
 * does in pwsh: its metadata and syntax list -WhatIf and -Confirm after its own parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SupportsShouldProcess {
}
