package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.error.AutomationExceptions.PSArgumentException;
import dev.jpwsh.runtime.error.AutomationExceptions.PSArgumentNullException;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * The attribute types of PowerShell's parameter and class declarations that scripts name as types ({@code [AllowNull]},
 * {@code [System.Management.Automation.ValidateScriptAttribute]::new({...})}, TypeAccelerators' table): each with
 * pwsh's public constructors and properties. Their behaviour when written on a parameter is the binder's, which reads
 * the declaration itself; these objects describe it. Mutable where .NET's are (named arguments set properties).
 */
public final class ParameterAttributeTypes {
    private ParameterAttributeTypes() {
    }

    /** {@code [AllowNull()]}: the parameter takes $null. */
    @DotNetName("System.Management.Automation.AllowNullAttribute")
    public static final class AllowNullAttribute extends RuntimeParameters.Attribute {
        public AllowNullAttribute() {
        }
    }

    /** {@code [AllowEmptyString()]}: the parameter takes ''. */
    @DotNetName("System.Management.Automation.AllowEmptyStringAttribute")
    public static final class AllowEmptyStringAttribute extends RuntimeParameters.Attribute {
        public AllowEmptyStringAttribute() {
        }
    }

    /** {@code [AllowEmptyCollection()]}: the parameter takes an empty collection. */
    @DotNetName("System.Management.Automation.AllowEmptyCollectionAttribute")
    public static final class AllowEmptyCollectionAttribute extends RuntimeParameters.Attribute {
        public AllowEmptyCollectionAttribute() {
        }
    }

    /** {@code [SupportsWildcards()]}: the parameter takes wildcard patterns (help and completion read it). */
    @DotNetName("System.Management.Automation.SupportsWildcardsAttribute")
    public static final class SupportsWildcardsAttribute extends RuntimeParameters.Attribute {
        public SupportsWildcardsAttribute() {
        }
    }

    /** {@code [ValidateNotNullOrWhiteSpace()]}. */
    @DotNetName("System.Management.Automation.ValidateNotNullOrWhiteSpaceAttribute")
    public static final class ValidateNotNullOrWhiteSpaceAttribute extends RuntimeParameters.Attribute {
        public ValidateNotNullOrWhiteSpaceAttribute() {
        }
    }

    /** {@code [ValidateTrustedData()]}: the value must come from a trusted source (a constrained session's check). */
    @DotNetName("System.Management.Automation.ValidateTrustedDataAttribute")
    public static final class ValidateTrustedDataAttribute extends RuntimeParameters.Attribute {
        public ValidateTrustedDataAttribute() {
        }
    }

    /** {@code [ValidateUserDrive()]}: the path must be on the User drive (JEA). */
    @DotNetName("System.Management.Automation.ValidateUserDriveAttribute")
    public static final class ValidateUserDriveAttribute extends RuntimeParameters.Attribute {
        public ValidateUserDriveAttribute() {
        }
    }

    /** {@code [ValidateDrive('C', 'D')]}: the path must be on one of the drives. */
    @DotNetName("System.Management.Automation.ValidateDriveAttribute")
    public static final class ValidateDriveAttribute extends RuntimeParameters.Attribute {
        private final String[] validRootDrives;

        public ValidateDriveAttribute(String... validRootDrives) {
            this.validRootDrives = validRootDrives.clone();
        }

        public String[] getValidRootDrives() {
            return validRootDrives.clone();
        }
    }

    /** {@code [ValidateScript({ ... })]}: the block must return true for each value (a dynamic parameter's checks it). */
    @DotNetName("System.Management.Automation.ValidateScriptAttribute")
    public static final class ValidateScriptAttribute extends RuntimeParameters.ValidationAttribute {
        private final ScriptBlock scriptBlock;
        private String errorMessage;

        public ValidateScriptAttribute(ScriptBlock scriptBlock) {
            super("validatescript", present(scriptBlock));
            this.scriptBlock = scriptBlock;
        }

        private static ScriptBlock present(ScriptBlock scriptBlock) {
            if (scriptBlock == null) {
                throw PSArgumentException.invalid("scriptBlock");
            }
            return scriptBlock;
        }

        public ScriptBlock getScriptBlock() {
            return scriptBlock;
        }

        public String getErrorMessage() {
            return errorMessage;
        }

        public void setErrorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
        }
    }

    /** {@code [ArgumentCompleter({ ... })]} or {@code [ArgumentCompleter([type])]}: what completes the parameter. */
    @DotNetName("System.Management.Automation.ArgumentCompleterAttribute")
    public static final class ArgumentCompleterAttribute extends RuntimeParameters.Attribute {
        private final ScriptBlock scriptBlock;
        private final Object type;

        public ArgumentCompleterAttribute(ScriptBlock scriptBlock) {
            this.scriptBlock = dev.jpwsh.dotnet.ArgumentExceptions.notNull(scriptBlock, "scriptBlock");
            this.type = null;
        }

        public ArgumentCompleterAttribute(Class<?> type) {
            this.scriptBlock = null;
            this.type = dev.jpwsh.dotnet.ArgumentExceptions.notNull(type, "type");
        }

        public ScriptBlock getScriptBlock() {
            return scriptBlock;
        }

        public Object getType() {
            return type;
        }
    }

    /** {@code [ArgumentCompletions('a', 'b')]}: the values the parameter completes to. */
    @DotNetName("System.Management.Automation.ArgumentCompletionsAttribute")
    public static final class ArgumentCompletionsAttribute extends RuntimeParameters.Attribute {
        private final String[] completions;

        public ArgumentCompletionsAttribute(String... completions) {
            this.completions = dev.jpwsh.dotnet.ArgumentExceptions.notNull(completions, "completions").clone();
        }

        public String[] getCompletions() {
            return completions.clone();
        }
    }

    /** {@code [PSDefaultValue(Help = '...', Value = ...)]}: the default value as help describes it. */
    @DotNetName("System.Management.Automation.PSDefaultValueAttribute")
    public static final class PSDefaultValueAttribute extends RuntimeParameters.Attribute {
        private Object value;
        private String help;

        public PSDefaultValueAttribute() {
        }

        public Object getValue() {
            return value;
        }

        public void setValue(Object value) {
            this.value = value;
        }

        public String getHelp() {
            return help;
        }

        public void setHelp(String help) {
            this.help = help;
        }
    }

    /** {@code [PSTypeName('My.Type')]}: the parameter takes objects with that type name. */
    @DotNetName("System.Management.Automation.PSTypeNameAttribute")
    public static final class PSTypeNameAttribute extends RuntimeParameters.Attribute {
        private final String psTypeName;

        public PSTypeNameAttribute(String psTypeName) {
            if (psTypeName == null || psTypeName.isEmpty()) {
                throw PSArgumentException.invalid("psTypeName");
            }
            this.psTypeName = psTypeName;
        }

        public String getPSTypeName() {
            return psTypeName;
        }
    }

    /** {@code [DscResource()]} on a class: a DSC resource (DSC itself is Windows PowerShell's). */
    @DotNetName("System.Management.Automation.DscResourceAttribute")
    public static final class DscResourceAttribute extends RuntimeParameters.Attribute {
        public DscResourceAttribute() {
        }
    }

    /** {@code [DscProperty()]} on a DSC resource's property. */
    @DotNetName("System.Management.Automation.DscPropertyAttribute")
    public static final class DscPropertyAttribute extends RuntimeParameters.Attribute {
        private boolean key;
        private boolean mandatory;
        private boolean notConfigurable;

        public DscPropertyAttribute() {
        }

        public boolean getKey() {
            return key;
        }

        public void setKey(boolean key) {
            this.key = key;
        }

        public boolean getMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public boolean getNotConfigurable() {
            return notConfigurable;
        }

        public void setNotConfigurable(boolean notConfigurable) {
            this.notConfigurable = notConfigurable;
        }
    }

    /** {@code [DscLocalConfigurationManager()]} on a meta-configuration. */
    @DotNetName("System.Management.Automation.DscLocalConfigurationManagerAttribute")
    public static final class DscLocalConfigurationManagerAttribute extends RuntimeParameters.Attribute {
        public DscLocalConfigurationManagerAttribute() {
        }
    }

    /** {@code [NoRunspaceAffinity()]} on a class: its methods run in the caller's runspace. */
    @DotNetName("System.Management.Automation.Language.NoRunspaceAffinityAttribute")
    public static final class NoRunspaceAffinityAttribute extends RuntimeParameters.Attribute {
        public NoRunspaceAffinityAttribute() {
        }
    }

    /** System.Management.Automation.ExperimentAction: what an {@code [Experimental]} attribute does when enabled. */
    @DotNetName("System.Management.Automation.ExperimentAction")
    public enum ExperimentAction {
        None, Hide, Show
    }

    /** {@code [Experimental('Feature', 'Show')]}: a command or parameter shown or hidden by an experimental feature. */
    @DotNetName("System.Management.Automation.ExperimentalAttribute")
    public static final class ExperimentalAttribute extends RuntimeParameters.Attribute {
        private final String experimentName;
        private final ExperimentAction experimentAction;

        public ExperimentalAttribute(String experimentName, ExperimentAction experimentAction) {
            if (experimentName == null || experimentName.isEmpty()) {
                throw PSArgumentNullException.of("experimentName");
            }
            if (experimentAction == ExperimentAction.None) {
                throw PSArgumentException.invalid("experimentAction");
            }
            this.experimentName = experimentName;
            this.experimentAction = experimentAction;
        }

        public String getExperimentName() {
            return experimentName;
        }

        public ExperimentAction getExperimentAction() {
            return experimentAction;
        }
    }
}
