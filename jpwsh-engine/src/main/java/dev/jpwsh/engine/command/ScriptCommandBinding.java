package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.CmdletContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PagingParameters;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.number.UInt64;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of binding one call that only commands with {@link ScriptCommandOptions} need: the paging parameters of
 * {@code SupportsPaging} (-First, -Skip, -IncludeTotalCount) and the arguments left for the parameters a
 * {@code dynamicparam} block declares ({@link DynamicParameters}). Made only for such commands, so a plain call
 * allocates nothing for it. One per call, on the call's thread.
 */
final class ScriptCommandBinding {
    private static final List<String> PAGING = List.of("First", "Skip", "IncludeTotalCount");

    private final ScriptCommandOptions options;
    private PagingParameters paging;
    private final List<DynamicParameters.Pending> pending = new ArrayList<>(0);

    private ScriptCommandBinding(ScriptCommandOptions options) {
        this.options = options;
    }

    /** The binding state of a call of {@code body}, or null when it needs none. */
    static ScriptCommandBinding forCall(dev.jpwsh.engine.exec.ScriptBlock.Compiled body) {
        return body.cmdletBinding() && body.options().bindsSpecially() ? new ScriptCommandBinding(body.options())
                : null;
    }

    /**
     * Takes the named argument {@code args[i]}, which no declared parameter matched, as a paging parameter or as one
     * for the dynamic parameters; {@code positionalSoFar} is how many positional values came before it.
     *
     * @return how many arguments after it were taken as its value (0 or 1), or -1 when it was not taken
     */
    int take(List<CommandArgument> args, int i, int positionalSoFar, Frame frame) {
        CommandArgument arg = args.get(i);
        CommandArgument next = i + 1 < args.size() && !args.get(i + 1).isParameter() ? args.get(i + 1) : null;
        String paged = options.supportsPaging() ? pagingParameter(arg.parameterName()) : null;
        if (paged != null) {
            return takePaging(paged, arg, next, frame);
        }
        if (options.dynamicParameters() == null || CommonParameters.isCommon(arg.parameterName())) {
            return -1;
        }
        boolean takesNext = !arg.hasValue() && next != null;
        pending.add(new DynamicParameters.Pending(arg, takesNext ? next.value() : null, takesNext, positionalSoFar));
        return takesNext ? 1 : 0;
    }

    private static String pagingParameter(String written) {
        for (String name : PAGING) {
            if (name.regionMatches(true, 0, written, 0, written.length()) && written.length() <= name.length()) {
                return name;
            }
        }
        return null;
    }

    private int takePaging(String name, CommandArgument arg, CommandArgument next, Frame frame) {
        if (paging == null) {
            paging = new PagingParameters();
        }
        if (name.equals("IncludeTotalCount")) {
            paging.setIncludeTotalCount(!arg.hasValue() || Boolean.TRUE.equals(arg.value()));
            return 0;
        }
        if (!arg.hasValue() && next == null) {
            throw arg.pointedAt(RuntimeFailures.parameterBinding("MissingArgument", "Missing an argument for "
                    + "parameter '" + name + "'. Specify a parameter of type 'System.UInt64' and try again."));
        }
        Object value = Conversions.convert(arg.hasValue() ? arg.value() : next.value(), UInt64.class);
        if (name.equals("First")) {
            paging.setFirst(value);
        } else {
            paging.setSkip(value);
        }
        return arg.hasValue() ? 0 : 1;
    }

    /**
     * After the named arguments: runs the dynamicparam block with the parameters bound so far defined, binds the
     * pending arguments to what it declares, and defines the paging parameters for {@code $PSCmdlet}.
     *
     * @return the dynamic parameters bound, by name in binding order, for {@code $PSBoundParameters}
     */
    List<java.util.Map.Entry<String, Object>> finish(Frame frame, List<ParameterSpec> parameters, Object[] values,
            boolean[] bound, List<Object> positional) {
        if (options.supportsPaging()) {
            frame.setLocal(CmdletContext.PAGING, paging == null ? new PagingParameters() : paging);
        }
        if (options.dynamicParameters() != null) {
            // what the block sees; the call's own $PSBoundParameters, with the dynamic ones, replaces it afterwards
            dev.jpwsh.runtime.object.PSHashtable boundSoFar = new dev.jpwsh.runtime.object.PSHashtable();
            for (int i = 0; i < parameters.size(); i++) {
                if (bound[i]) {
                    frame.setLocal(parameters.get(i).key(), parameters.get(i).name(), values[i]);
                    boundSoFar.put(parameters.get(i).name(), values[i]);
                }
            }
            frame.setLocal(CallVariables.BOUND_PARAMETERS, "PSBoundParameters", boundSoFar);
            // the positional values the declared parameters take come first; the dynamic ones may take the rest
            boolean[] taken = bound.clone();
            int staticSlots = 0;
            for (int i = ScriptParameterBinder.nextPositional(parameters, taken, options.positionalBinding()); i >= 0;
                    i = ScriptParameterBinder.nextPositional(parameters, taken, options.positionalBinding())) {
                taken[i] = true;
                staticSlots++;
            }
            return DynamicParameters.bind(frame, options.dynamicParameters(), pending, positional, staticSlots);
        }
        return List.of();
    }
}
