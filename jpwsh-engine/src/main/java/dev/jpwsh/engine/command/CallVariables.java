package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.InputEnumerator;
import dev.jpwsh.engine.exec.InvocationInfo;
import dev.jpwsh.engine.scope.DeferredNames;
import dev.jpwsh.engine.scope.DeferredVariables;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.PSHashtable;
import java.util.List;

/**
 * The variables a call defines besides its parameters: {@code $args}, {@code $PSBoundParameters} and the
 * parameter set's name from the binding, {@code $MyInvocation} and {@code __CommandName} for a named command, and
 * {@code $input} once a block is given its input. The call's scope makes each only when something reaches it
 * ({@link DeferredVariables}); the objects behind them are made once, so {@code $MyInvocation.BoundParameters} is
 * {@code $PSBoundParameters} as in pwsh. Used by the call's pipeline thread only.
 */
public final class CallVariables implements DeferredVariables {
    static final String ARGS = "args";
    static final String BOUND_PARAMETERS = "psboundparameters";
    static final String PARAMETER_SET = "__parametersetname";
    static final String INVOCATION = "myinvocation";
    static final String COMMAND_NAME = "__commandname";
    static final String INPUT = "input";

    private static final DeferredNames BOUND = new DeferredNames(List.of(ARGS, BOUND_PARAMETERS, PARAMETER_SET));
    private static final DeferredNames BOUND_WITH_INPUT = new DeferredNames(List.of(ARGS, BOUND_PARAMETERS,
            PARAMETER_SET, INPUT));
    private static final DeferredNames INVOKED = new DeferredNames(List.of(ARGS, BOUND_PARAMETERS, PARAMETER_SET,
            INVOCATION, COMMAND_NAME));
    /** The names of a named command's call variables with {@code $input}. */
    static final DeferredNames INVOKED_WITH_INPUT = new DeferredNames(List.of(ARGS, BOUND_PARAMETERS,
            PARAMETER_SET, INVOCATION, COMMAND_NAME, INPUT));

    private final List<ParameterSpec> parameters;
    /** The indexes of the bound parameters in the order they were bound, the first {@code boundCount} of them. */
    private final int[] bindingOrder;
    /** The values bound, in the same order: {@code boundValues[i]} is parameter {@code bindingOrder[i]}'s. */
    private final Object[] boundValues;
    private final int boundCount;
    private final Object[] extraArguments;
    private final String parameterSet;

    /** What {@link #invokedAs} says was run (Function, ExternalScript, Script); null until then. */
    private String commandType;
    /** The script file's path when {@link #commandType} is ExternalScript, else null. */
    private String commandPath;
    private String commandName;
    private ErrorRecord.ScriptPosition callSite;
    /** The call's place in its pipeline, {@code position << 16 | length}; 0 for a command alone. */
    private int pipelinePlace;
    private boolean expectingInput;
    /** The objects {@code $input} enumerates in the block running now; null before a block has input. */
    private List<Object> input;

    private PSHashtable boundParameters;
    private InvocationInfo invocation;
    CallVariables(List<ParameterSpec> parameters, int[] bindingOrder, Object[] boundValues, int boundCount,
            Object[] extraArguments, String parameterSet) {
        this.parameters = parameters;
        this.bindingOrder = bindingOrder;
        this.boundValues = boundValues;
        this.boundCount = boundCount;
        this.extraArguments = extraArguments;
        this.parameterSet = parameterSet;
    }
    /**
     * Adds {@code $MyInvocation} and {@code __CommandName}: the kind of command run (Function, ExternalScript, Script)
     * and a script's path, the name it was called by (null for a script block), where, its place in its pipeline and
     * whether it takes input.
     */
    void invokedAs(String commandType, String commandPath, String commandName, ErrorRecord.ScriptPosition callSite,
            int pipelinePlace, boolean expectingInput) {
        this.commandType = commandType;
        this.commandPath = commandPath;
        this.commandName = commandName;
        this.callSite = callSite;
        this.pipelinePlace = pipelinePlace;
        this.expectingInput = expectingInput;
    }

    /**
     * Gives {@code $input} the objects of the block about to run, if the variable is still unmade in {@code frame}'s
     * scope; false when the caller must set the variable itself.
     */
    boolean offerInput(dev.jpwsh.engine.scope.Scope scope, List<Object> items) {
        if (!scope.stillDeferred(this, INPUT)) {
            return false;
        }
        input = items;
        return true;
    }

    /**
     * Gives {@code $input} no objects before the call's variables are {@linkplain
     * dev.jpwsh.engine.scope.Scope#defer deferred}: {@link #offerInput} for a call that takes no input.
     */
    void expectNoInput() {
        input = List.of();
    }

    @Override
    public DeferredNames names() {
        if (commandType == null) {
            return input == null ? BOUND : BOUND_WITH_INPUT;
        }
        return input == null ? INVOKED : INVOKED_WITH_INPUT;
    }

    /**
     * {@inheritDoc} A lookup through the scopes asks every scope it passes, so a name that is none of these is
     * refused by its length alone (the six names have six lengths).
     */
    @Override
    public PSVariable make(String key) {
        return switch (key.length()) {
            case 4 -> key.equals(ARGS) ? variable("args", extraArguments) : null;
            case 5 -> key.equals(INPUT) && input != null ? variable(INPUT, new InputEnumerator(input)) : null;
            case 12 -> key.equals(INVOCATION) && commandType != null ? variable("MyInvocation", invocation()) : null;
            case 13 -> key.equals(COMMAND_NAME) && commandType != null ? variable("__CommandName", commandName) : null;
            case 17 -> key.equals(BOUND_PARAMETERS) ? variable("PSBoundParameters", boundParameters()) : null;
            case 18 -> key.equals(PARAMETER_SET) ? variable(ScriptParameterBinder.PARAMETER_SET, parameterSet) : null;
            default -> null;
        };
    }
    /** {@code $PSBoundParameters}: the bound parameters in the order they were bound. */
    PSHashtable boundParameters() {
        if (boundParameters == null) {
            boundParameters = new PSHashtable();
            for (int i = 0; i < boundCount; i++) {
                boundParameters.put(parameters.get(bindingOrder[i]).name(), boundValues[i]);
            }
        }
        return boundParameters;
    }

    /** {@code $MyInvocation}; only after {@link #invokedAs}. */
    InvocationInfo invocation() {
        if (invocation == null) {
            InvocationInfo.CommandInfo command = new InvocationInfo.CommandInfo(
                    displayName(commandName == null ? "" : commandName), commandType, commandPath);
            invocation = new InvocationInfo(command, commandName == null ? "" : commandName, boundParameters(),
                    extraArguments, callSite == null ? "" : callSite.scriptName(), callSite, expectingInput,
                    pipelinePlace == 0 ? 1 : pipelinePlace >>> 16, pipelinePlace == 0 ? 1 : pipelinePlace & 0xFFFF);
        }
        return invocation;
    }

    /** The name a command shows: a script's is its file name. */
    static String displayName(String commandName) {
        int slash = commandName.lastIndexOf('/');
        return slash < 0 ? commandName : commandName.substring(slash + 1);
    }

    private static PSVariable variable(String name, Object value) {
        return new PSVariable(name, value, VariableOptions.NONE);
    }
}
