package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ConfirmImpact;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cmdlet class that asks before it changes anything, as {@code [Cmdlet(SupportsShouldProcess = true)]}
 * does in pwsh: it takes -WhatIf and -Confirm (listed after its own parameters), which other cmdlets refuse, and it
 * asks on its own when its impact ({@code value}, Medium unless given, as pwsh's default) is at least
 * {@code $ConfirmPreference}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SupportsShouldProcess {
    ConfirmImpact value() default ConfirmImpact.Medium;
}
