package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.command.OutputTypeName;
import dev.jpwsh.engine.command.RuntimeParameters;
import dev.jpwsh.engine.command.ScriptCommandOptions;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $block.Attributes}: the attribute objects a block's {@code param()} declares for the block itself:
 * {@code [CmdletBinding()]}, {@code [OutputType()]}, {@code [Alias()]} and {@code [DebuggerHidden()]}, made from what
 * the compiled body kept of them. Stateless.
 */
final class ScriptBlockAttributes {
    private ScriptBlockAttributes() {
    }

    static List<Object> of(ScriptBlock.Compiled body, boolean debuggerHidden) {
        List<Object> attributes = new ArrayList<>();
        ScriptCommandOptions options = body.options();
        if (body.cmdletBinding()) {
            attributes.add(new CmdletBindingAttribute(body.defaultParameterSet(), options));
        }
        if (!options.outputTypes().isEmpty()) {
            attributes.add(new OutputTypeAttribute(options.outputTypes().stream()
                    .map(OutputTypeName::of).toArray()));
        }
        if (!options.aliases().isEmpty()) {
            attributes.add(new RuntimeParameters.AliasAttribute(options.aliases().toArray()));
        }
        if (debuggerHidden) {
            attributes.add(new DebuggerHiddenAttribute());
        }
        return attributes;
    }

    /** System.Management.Automation.CmdletBindingAttribute with the options the block gave it. */
    @DotNetName("System.Management.Automation.CmdletBindingAttribute")
    public static final class CmdletBindingAttribute extends RuntimeParameters.Attribute {
        private final String defaultParameterSetName;
        private final ScriptCommandOptions options;

        CmdletBindingAttribute(String defaultParameterSetName, ScriptCommandOptions options) {
            this.defaultParameterSetName = defaultParameterSetName;
            this.options = options;
        }

        /** {@code [CmdletBinding]::new()}: pwsh's defaults. */
        public CmdletBindingAttribute() {
            this(null, ScriptCommandOptions.PLAIN);
        }

        public String getDefaultParameterSetName() {
            return defaultParameterSetName;
        }

        public boolean getSupportsShouldProcess() {
            return options.supportsShouldProcess();
        }

        public boolean getSupportsPaging() {
            return options.supportsPaging();
        }

        public boolean getSupportsTransactions() {
            return false;
        }

        public ConfirmImpact getConfirmImpact() {
            return ConfirmImpact.of(options.confirmImpact(), ConfirmImpact.Medium);
        }

        public String getHelpUri() {
            return options.helpUri();
        }

        public boolean getPositionalBinding() {
            return options.positionalBinding();
        }
    }

    /** System.Management.Automation.OutputTypeAttribute: the types, as PSTypeNames, for every parameter set. */
    @DotNetName("System.Management.Automation.OutputTypeAttribute")
    public static final class OutputTypeAttribute extends RuntimeParameters.Attribute {
        private final Object[] types;

        /** {@code [OutputType]::new([int], 'My.Type')}: types or type names, each kept as a PSTypeName. */
        public OutputTypeAttribute(Object... types) {
            this.types = java.util.Arrays.stream(types).map(t -> t instanceof OutputTypeName name ? name
                    : t instanceof String written ? OutputTypeName.of(written)
                            : OutputTypeName.of(dev.jpwsh.runtime.object.TypeNames.of(
                                    dev.jpwsh.engine.types.DotNetType.classOf(t)))).toArray();
        }

        public Object[] getType() {
            return types.clone();
        }

        public Object[] getParameterSetName() {
            return new Object[] {"__AllParameterSets"};
        }
    }

    /** System.Diagnostics.DebuggerHiddenAttribute: the block is hidden from the debugger. */
    @DotNetName("System.Diagnostics.DebuggerHiddenAttribute")
    public static final class DebuggerHiddenAttribute extends RuntimeParameters.Attribute {
    }
}
