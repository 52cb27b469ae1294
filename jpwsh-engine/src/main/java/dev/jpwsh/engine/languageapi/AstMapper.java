package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.languageapi.AttributeAsts.AttributeAst;
import dev.jpwsh.engine.languageapi.AttributeAsts.AttributeBaseAst;
import dev.jpwsh.engine.languageapi.AttributeAsts.TypeConstraintAst;
import dev.jpwsh.engine.languageapi.BlockAsts.NamedBlockAst;
import dev.jpwsh.engine.languageapi.BlockAsts.ParamBlockAst;
import dev.jpwsh.engine.languageapi.BlockAsts.ParameterAst;
import dev.jpwsh.engine.languageapi.BlockAsts.ScriptBlockAst;
import dev.jpwsh.engine.languageapi.BlockAsts.StatementBlockAst;
import dev.jpwsh.engine.languageapi.CommandAsts.CommandBaseAst;
import dev.jpwsh.engine.languageapi.CommandAsts.CommandElementAst;
import dev.jpwsh.engine.languageapi.CommandAsts.PipelineAst;
import dev.jpwsh.engine.languageapi.CommandAsts.PipelineBaseAst;
import dev.jpwsh.engine.languageapi.CommandAsts.RedirectionAst;
import dev.jpwsh.engine.languageapi.CommandAsts.StatementAst;
import dev.jpwsh.engine.languageapi.ExpressionAsts.ExpressionAst;
import dev.jpwsh.engine.languageapi.ExpressionAsts.StringConstantExpressionAst;
import dev.jpwsh.engine.languageapi.ExpressionAsts.VariableExpressionAst;
import dev.jpwsh.engine.languageapi.StatementAsts.TrapStatementAst;
import dev.jpwsh.language.ast.VariablePath;
import dev.jpwsh.language.source.Extent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes PowerShell's view ({@link Ast} and its subclasses) of a tree of {@code jpwsh-language}'s parser: one
 * exhaustive walk over its sealed node families, done once per tree. Where PowerShell's tree differs from jpwsh's,
 * the difference is made here: {@code $using:x} holds the variable {@code x}, an assignment's value that is one
 * expression is that expression's CommandExpressionAst, a bare {@code Mandatory} argument holds {@code $true}.
 */
final class AstMapper {
    /** The origin of the {@code $true} PowerShell gives a named attribute argument written without a value. */
    private record OmittedValue(Extent extent) {
    }

    private AstMapper() {
    }

    /** The view of a whole parsed script, its {@code $using:} expressions numbered in source order. */
    static ScriptBlockAst map(dev.jpwsh.language.ast.ScriptBlockAst root) {
        ScriptBlockAst view = scriptBlock(root);
        int[] index = {0};
        view.forEachNode(node -> {
            if (node instanceof ExpressionAsts.UsingExpressionAst using) {
                using.setRuntimeUsingIndex(index[0]++);
            }
        });
        return view;
    }

    /** A new tree of views of the same nodes, without a parent. */
    static Ast copyOf(Ast node) {
        return any(node.origin());
    }

    /** The view of any node of jpwsh's tree. */
    static Ast any(Object origin) {
        return switch (origin) {
            case dev.jpwsh.language.ast.ScriptBlockAst block -> scriptBlock(block);
            case dev.jpwsh.language.ast.ParamBlockAst block -> paramBlock(block);
            case dev.jpwsh.language.ast.ParameterAst parameter -> parameter(parameter);
            case dev.jpwsh.language.ast.NamedBlockAst block -> namedBlock(block);
            case dev.jpwsh.language.ast.StatementBlockAst block -> statementBlock(block);
            case dev.jpwsh.language.ast.StatementAst statement -> statement(statement);
            case dev.jpwsh.language.ast.PipelineElementAst element -> element(element);
            case dev.jpwsh.language.ast.CommandElementAst element -> commandElement(element);
            case dev.jpwsh.language.ast.RedirectionAst redirection -> redirection(redirection);
            case dev.jpwsh.language.ast.AttributeBaseAst attribute -> attribute(attribute);
            case dev.jpwsh.language.ast.NamedAttributeArgumentAst argument -> namedArgument(argument);
            case dev.jpwsh.language.ast.TypeMemberAst member -> ClassMapper.member(member);
            case dev.jpwsh.language.ast.CatchClauseAst clause -> StatementMapper.catchClause(clause);
            case OmittedValue omitted -> new ExpressionAsts.ConstantExpressionAst(omitted, omitted.extent(), true);
            default -> throw new IllegalStateException("no view of " + origin.getClass().getSimpleName());
        };
    }

    static <A, B> List<B> each(List<A> items, Function<A, B> map) {
        List<B> mapped = new ArrayList<>(items.size());
        for (A item : items) {
            mapped.add(map.apply(item));
        }
        return mapped;
    }

    static ScriptBlockAst scriptBlock(dev.jpwsh.language.ast.ScriptBlockAst block) {
        List<NamedBlockAst> blocks = new ArrayList<>(5);
        blocks.add(namedBlock(block.dynamicParamBlock()));
        blocks.add(namedBlock(block.beginBlock()));
        blocks.add(namedBlock(block.processBlock()));
        blocks.add(namedBlock(block.endBlock()));
        blocks.add(namedBlock(block.cleanBlock()));
        return new ScriptBlockAst(block, block.extent(), each(block.usings(), StatementMapper::using),
                block.paramBlock() == null ? null : paramBlock(block.paramBlock()), blocks, block.requires());
    }

    static ParamBlockAst paramBlock(dev.jpwsh.language.ast.ParamBlockAst block) {
        return new ParamBlockAst(block, block.extent(), each(block.attributes(), AstMapper::attribute),
                each(block.parameters(), AstMapper::parameter));
    }

    static ParameterAst parameter(dev.jpwsh.language.ast.ParameterAst parameter) {
        return new ParameterAst(parameter, parameter.extent(), each(parameter.attributes(), AstMapper::attribute),
                variable(parameter.name()), expression(parameter.defaultValue()));
    }

    static NamedBlockAst namedBlock(dev.jpwsh.language.ast.NamedBlockAst block) {
        if (block == null) {
            return null;
        }
        ScriptTokenKind kind = switch (block.kind()) {
            case DYNAMICPARAM -> ScriptTokenKind.Dynamicparam;
            case BEGIN -> ScriptTokenKind.Begin;
            case PROCESS -> ScriptTokenKind.Process;
            case END -> ScriptTokenKind.End;
            case CLEAN -> ScriptTokenKind.Clean;
        };
        return new NamedBlockAst(block, block.extent(), kind, block.unnamed(), statements(block.statements()),
                traps(block.traps()));
    }

    static StatementBlockAst statementBlock(dev.jpwsh.language.ast.StatementBlockAst block) {
        return block == null ? null : new StatementBlockAst(block, block.extent(), statements(block.statements()),
                traps(block.traps()));
    }

    private static List<StatementAst> statements(List<dev.jpwsh.language.ast.StatementAst> statements) {
        List<StatementAst> mapped = new ArrayList<>(statements.size());
        for (dev.jpwsh.language.ast.StatementAst statement : statements) {
            if (!(statement instanceof dev.jpwsh.language.ast.StatementAst.Trap)) {
                mapped.add(statement(statement));
            }
        }
        return mapped;
    }

    private static List<TrapStatementAst> traps(List<dev.jpwsh.language.ast.StatementAst.Trap> traps) {
        return each(traps, trap -> (TrapStatementAst) statement(trap));
    }

    static StatementAst statement(dev.jpwsh.language.ast.StatementAst statement) {
        return statement == null ? null : StatementMapper.statement(statement);
    }

    static PipelineBaseAst pipeline(dev.jpwsh.language.ast.StatementAst.PipelineBase pipeline) {
        return (PipelineBaseAst) statement(pipeline);
    }

    static CommandBaseAst element(dev.jpwsh.language.ast.PipelineElementAst element) {
        List<RedirectionAst> redirections = each(element.redirections(), AstMapper::redirection);
        return switch (element) {
            case dev.jpwsh.language.ast.PipelineElementAst.Command command -> new CommandAsts.CommandAst(command,
                    command.extent(), redirections, each(command.elements(), AstMapper::commandElement),
                    switch (command.invocationOperator()) {
                        case NONE -> ScriptTokenKind.Unknown;
                        case AMPERSAND -> ScriptTokenKind.Ampersand;
                        case DOT -> ScriptTokenKind.Dot;
                    });
            case dev.jpwsh.language.ast.PipelineElementAst.CommandExpression expression ->
                    new CommandAsts.CommandExpressionAst(expression, expression.extent(), redirections,
                            expression(expression.expression()));
        };
    }

    static CommandElementAst commandElement(dev.jpwsh.language.ast.CommandElementAst element) {
        return switch (element) {
            case dev.jpwsh.language.ast.CommandElementAst.Parameter parameter -> new CommandAsts.CommandParameterAst(
                    parameter, parameter.extent(), parameter.name(), expression(parameter.argument()));
            case dev.jpwsh.language.ast.CommandElementAst.VerbatimArgument verbatim -> new StringConstantExpressionAst(
                    verbatim, verbatim.extent(), verbatim.text(), StringConstantType.BareWord);
            case dev.jpwsh.language.ast.ExpressionAst expression -> expression(expression);
        };
    }

    static ExpressionAst expression(dev.jpwsh.language.ast.ExpressionAst expression) {
        return expression == null ? null : ExpressionMapper.expression(expression);
    }

    static VariableExpressionAst variable(dev.jpwsh.language.ast.ExpressionAst.Variable variable) {
        VariablePath path = variable.path();
        if (path.isQualified("using")) {
            path = VariablePath.parse(path.name());
        }
        return new VariableExpressionAst(variable, variable.extent(), new ScriptVariablePath(path),
                variable.splatted());
    }

    static RedirectionAst redirection(dev.jpwsh.language.ast.RedirectionAst redirection) {
        return switch (redirection) {
            case dev.jpwsh.language.ast.RedirectionAst.File file -> new CommandAsts.FileRedirectionAst(file,
                    file.extent(), stream(file.from()), expression(file.location()), file.append());
            case dev.jpwsh.language.ast.RedirectionAst.Merging merging -> new CommandAsts.MergingRedirectionAst(
                    merging, merging.extent(), stream(merging.from()), stream(merging.to()));
        };
    }

    private static RedirectionStream stream(dev.jpwsh.language.ast.RedirectionAst.Stream stream) {
        return RedirectionStream.values()[stream.ordinal()];
    }

    static AttributeBaseAst attribute(dev.jpwsh.language.ast.AttributeBaseAst attribute) {
        return switch (attribute) {
            case dev.jpwsh.language.ast.AttributeAst full -> attribute(full);
            case dev.jpwsh.language.ast.AttributeBaseAst.TypeConstraint constraint -> typeConstraint(constraint);
        };
    }

    static AttributeAst attribute(dev.jpwsh.language.ast.AttributeAst attribute) {
        return new AttributeAst(attribute, attribute.extent(), ScriptTypeNames.of(attribute.typeName()),
                each(attribute.positionalArguments(), AstMapper::expression),
                each(attribute.namedArguments(), AstMapper::namedArgument));
    }

    static TypeConstraintAst typeConstraint(dev.jpwsh.language.ast.AttributeBaseAst.TypeConstraint constraint) {
        return constraint == null ? null : new TypeConstraintAst(constraint, constraint.extent(),
                ScriptTypeNames.of(constraint.typeName()));
    }

    static AttributeAsts.NamedAttributeArgumentAst namedArgument(
            dev.jpwsh.language.ast.NamedAttributeArgumentAst argument) {
        ExpressionAst value = !argument.expressionOmitted() ? expression(argument.value())
                : new ExpressionAsts.ConstantExpressionAst(new OmittedValue(argument.extent()), argument.extent(),
                        true);
        return new AttributeAsts.NamedAttributeArgumentAst(argument, argument.extent(), argument.name(), value,
                argument.expressionOmitted());
    }

    /** An assignment's value: PowerShell drops the pipeline around a value that is one expression. */
    static StatementAst assignedValue(dev.jpwsh.language.ast.StatementAst value) {
        if (value instanceof dev.jpwsh.language.ast.StatementAst.Pipeline pipeline && !pipeline.background()
                && pipeline.elements().size() == 1 && pipeline.elements().getFirst()
                        instanceof dev.jpwsh.language.ast.PipelineElementAst.CommandExpression e) {
            return element(e);
        }
        return statement(value);
    }

    static PipelineAst pipelineOf(dev.jpwsh.language.ast.StatementAst.Pipeline pipeline) {
        return new PipelineAst(pipeline, pipeline.extent(), each(pipeline.elements(), AstMapper::element),
                pipeline.background());
    }
}
