package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.ScriptParameterBinder;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptBlockConversion;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.RedirectionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code $block.GetPowerShell(args)}: a block made of pipelines of commands becomes a PowerShell object with those
 * commands, each argument evaluated now (constants, the block's parameters bound to {@code args}, {@code $args},
 * {@code $using:} values from the caller). What cannot be converted as pwsh converts it (an expression starting a
 * pipeline, a control structure, dot-sourcing, a script block or a command in an argument, an undeclared variable) is
 * a ScriptBlockToPowerShellNotSupportedException in the method call's MethodInvocationException. Stateless.
 */
public final class ScriptBlockToPowerShell implements ScriptBlockConversion {
    private static final Set<String> CONSTANT_VARIABLES = Set.of("true", "false", "null");
    /** pwsh's refusals of a block that is not one simple pipeline, shared with {@link SteppablePipeline}. */
    static final String ONE_CLAUSE_ONLY = "The script block cannot be converted because it contains more than one "
            + "clause. Expressions or control structures are not permitted. Verify that the script block contains "
            + "exactly one pipeline or command.";
    static final String EMPTY_PIPELINE = "An empty script block cannot be converted. Verify that the script block "
            + "contains exactly one pipeline or command.";
    static final String WITH_TRAP = "A script block that contains a top-level trap statement cannot be converted.";
    static final String ONE_PIPELINE_ONLY = "Only a script block that contains exactly one pipeline or command can be "
            + "converted. Expressions or control structures are not permitted. Verify that the script block contains "
            + "exactly one pipeline or command.";

    @Override
    public Object toPowerShell(ScriptBlock block, Frame caller, List<Object> args) {
        try {
            return convert(block, caller, args);
        } catch (PSRuntimeException notSupported) {
            throw MethodInvoker.methodInvocation("GetPowerShell", args.size(), notSupported);
        }
    }

    @Override
    public Object toSteppablePipeline(ScriptBlock block, Frame caller, List<Object> args) {
        return SteppablePipeline.of(block, caller, args);
    }

    private static PowerShell convert(ScriptBlock block, Frame caller, List<Object> args) {
        ScriptBlockAst ast = Parser.parse(SourceText.of(block.toString())).ast();
        List<StatementAst.Pipeline> pipelines = simplePipelines(ast);
        Set<String> declared = new HashSet<>(Set.of("args"));
        if (ast.paramBlock() != null) {
            for (ParameterAst p : ast.paramBlock().parameters()) {
                declared.add(p.name().path().name().toLowerCase(Locale.ROOT));
            }
        }
        for (StatementAst.Pipeline pipeline : pipelines) {
            check(pipeline, declared);
        }
        Frame bound = block.callFrame(caller);
        List<CommandArgument> arguments = new ArrayList<>();
        args.forEach(a -> arguments.add(CommandArgument.value(a)));
        ScriptParameterBinder.bind(block, bound, arguments, List.of());
        PowerShell shell = PowerShell.create();
        for (int i = 0; i < pipelines.size(); i++) {
            if (i > 0) {
                shell.addStatement();
            }
            for (PipelineElementAst element : pipelines.get(i).elements()) {
                addCommand(shell, (PipelineElementAst.Command) element, bound, caller);
            }
        }
        return shell;
    }

    /** The block's statements, each a pipeline, in an end block alone. */
    private static List<StatementAst.Pipeline> simplePipelines(ScriptBlockAst ast) {
        if (ast.beginBlock() != null || ast.processBlock() != null || ast.dynamicParamBlock() != null
                || ast.cleanBlock() != null) {
            throw notSupported("CanConvertOneClauseOnly", ONE_CLAUSE_ONLY);
        }
        if (ast.endBlock() == null || ast.endBlock().statements().isEmpty()) {
            throw notSupported("CantConvertEmptyPipeline", EMPTY_PIPELINE);
        }
        if (!ast.endBlock().traps().isEmpty()) {
            throw notSupported("CantConvertScriptBlockWithTrap", WITH_TRAP);
        }
        List<StatementAst.Pipeline> pipelines = new ArrayList<>();
        for (StatementAst statement : ast.endBlock().statements()) {
            if (!(statement instanceof StatementAst.Pipeline pipeline) || pipeline.background()) {
                throw notSupported("CanOnlyConvertOnePipeline", ONE_PIPELINE_ONLY);
            }
            pipelines.add(pipeline);
        }
        return pipelines;
    }

    /** pwsh's checks of a pipeline to convert, in the order it makes them. */
    private static void check(StatementAst.Pipeline pipeline, Set<String> declared) {
        for (PipelineElementAst element : pipeline.elements()) {
            if (!(element instanceof PipelineElementAst.Command command)) {
                throw notSupported("CantConvertPipelineStartsWithExpression", "Cannot generate a PowerShell object for "
                        + "a ScriptBlock that starts a pipeline with an expression.");
            }
            if (command.invocationOperator() == PipelineElementAst.InvocationOperator.DOT) {
                throw notSupported("CantConvertWithDotSourcing", "Cannot generate a PowerShell object for a "
                        + "ScriptBlock that uses dot sourcing.");
            }
            if (command.elements().getFirst() instanceof ExpressionAst.ScriptBlock) {
                throw notSupported("CantConvertWithScriptBlockInvocation", "Cannot generate a PowerShell object for a "
                        + "ScriptBlock that invokes other script blocks.");
            }
            if (command.redirections().stream().anyMatch(r -> !(r instanceof RedirectionAst.Merging))) {
                throw notSupported("CanConvertOneOutputErrorRedir", "The script block cannot be converted to a "
                        + "PowerShell object because it contains forbidden redirection operators.");
            }
            for (CommandElementAst argument : command.elements()) {
                checkArgument(argument, declared);
            }
        }
    }

    private static void checkArgument(CommandElementAst argument, Set<String> declared) {
        if (argument instanceof ExpressionAst.Using) {
            return;
        }
        if (!AstSearch.findAll(argument, PipelineElementAst.Command.class).isEmpty()) {
            throw notSupported("CantConvertWithCommandInvocations", "Cannot generate a PowerShell object for a "
                    + "ScriptBlock which invokes pipelines, commands or functions to evaluate arguments of the main "
                    + "pipeline.");
        }
        if (!AstSearch.findAll(argument, ExpressionAst.ScriptBlock.class).isEmpty()) {
            throw notSupported("CantConvertWithScriptBlocks", "Cannot generate a PowerShell object for a ScriptBlock "
                    + "that tries to pass other script blocks inside argument values.");
        }
        List<ExpressionAst.Variable> usedInUsing = new ArrayList<>();
        AstSearch.findAll(argument, ExpressionAst.Using.class)
                .forEach(u -> usedInUsing.addAll(AstSearch.findAll(u, ExpressionAst.Variable.class)));
        for (ExpressionAst.Variable variable : AstSearch.findAll(argument, ExpressionAst.Variable.class)) {
            String name = variable.path().name().toLowerCase(Locale.ROOT);
            boolean local = variable.path().qualifier().isEmpty() || variable.path().isQualified("local")
                    || variable.path().isQualified("private");
            boolean safe = local && (declared.contains(name) || !variable.splatted() && CONSTANT_VARIABLES.contains(name));
            if (!safe && usedInUsing.stream().noneMatch(u -> u == variable)) {
                throw notSupported("CantConvertWithUndeclaredVariables", "Cannot generate a PowerShell object for a "
                        + "ScriptBlock dereferencing variables undeclared in the param(...) block.  Name of undeclared "
                        + "variable: " + variable.path().userPath() + ".");
            }
        }
    }

    /** One command with its parameters and arguments, each argument's value taken now. */
    private static void addCommand(PowerShell shell, PipelineElementAst.Command command, Frame bound, Frame caller) {
        CommandElementAst name = command.elements().getFirst();
        shell.addCommand(name instanceof ExpressionAst.StringConstant text ? text.value()
                : dev.jpwsh.runtime.convert.LanguagePrimitives.toString(value(name, bound, caller)));
        for (CommandElementAst element : command.elements().subList(1, command.elements().size())) {
            if (element instanceof CommandElementAst.Parameter parameter) {
                if (parameter.argument() == null) {
                    // -Name apart from its value: the binder pairs it with the next argument unless it is a switch
                    shell.getCommands().current().arguments().add(CommandArgument.parameter(parameter.name()));
                } else {
                    shell.addParameter(parameter.name(), value(parameter.argument(), bound, caller));
                }
            } else if (element instanceof ExpressionAst.Variable variable && variable.splatted()) {
                shell.addParameters(evaluate("$" + variable.path().userPath(), bound));
            } else {
                shell.addArgument(value(element, bound, caller));
            }
        }
    }

    /** An argument's value: a word as written, a {@code $using:} one from the caller's variables, any other in the bound scope. */
    private static Object value(CommandElementAst element, Frame bound, Frame caller) {
        if (element instanceof ExpressionAst.StringConstant text) {
            return text.value();
        }
        return element instanceof ExpressionAst.Using using ? evaluate(using.expression().extent().text(), caller)
                : evaluate(element.extent().text(), bound);
    }

    private static Object evaluate(String expression, Frame frame) {
        Enumerables.Collector out = new Enumerables.Collector();
        ScriptBlock.Create(expression).runAll(frame, out);
        return out.result();
    }

    private static PSRuntimeException notSupported(String errorId, String message) {
        return new PSRuntimeException(errorId, "NotSpecified", message, null,
                "System.Management.Automation.ScriptBlockToPowerShellNotSupportedException");
    }
}
