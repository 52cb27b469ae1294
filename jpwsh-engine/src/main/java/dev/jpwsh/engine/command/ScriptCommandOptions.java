package dev.jpwsh.engine.command;

import dev.jpwsh.engine.node.Stmt;
import java.util.List;

/**
 * What a function's or script's attributes declare beyond its parameters: the {@code [CmdletBinding()]} options,
 * {@code [OutputType()]}, {@code [Alias()]} on the function itself, and its {@code dynamicparam} block. Immutable and
 * shared like the compiled body; {@link #PLAIN} stands for a block that declares none of it, so plain calls pay
 * nothing for these features.
 *
 * @param confirmImpact the command's ConfirmImpact ({@code None}, {@code Low}, {@code Medium}, {@code High})
 * @param positionalBinding false when {@code PositionalBinding=$false}: only explicit positions bind by position
 * @param helpUri the {@code HelpUri} option, or null
 * @param outputTypes the types {@code [OutputType()]} names, in order (type literals or names given as text)
 * @param aliases the aliases {@code [Alias()]} gives the function, defined as real aliases with it
 * @param dynamicParameters the {@code dynamicparam} block, or null
 */
public record ScriptCommandOptions(boolean supportsShouldProcess, String confirmImpact, boolean positionalBinding,
        boolean supportsPaging, String helpUri, List<String> outputTypes, List<String> aliases,
        Stmt dynamicParameters) {
    /** A block with no options: pwsh's defaults. */
    public static final ScriptCommandOptions PLAIN = new ScriptCommandOptions(false, "Medium", true, false, null,
            List.of(), List.of(), null);

    /**
     * Whether binding a call needs per-call state beyond the general binder's (a {@code ScriptCommandBinding}): the
     * paging parameters or a dynamicparam block. -WhatIf, -Confirm and PositionalBinding need none.
     */
    public boolean bindsSpecially() {
        return supportsPaging || dynamicParameters != null;
    }
}
