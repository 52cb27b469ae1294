package dev.jpwsh.engine.languageapi;

import static dev.jpwsh.engine.languageapi.AstMapper.each;
import static dev.jpwsh.engine.languageapi.AstMapper.expression;
import static dev.jpwsh.engine.languageapi.AstMapper.pipeline;
import static dev.jpwsh.engine.languageapi.AstMapper.statementBlock;

import dev.jpwsh.engine.languageapi.CommandAsts.StatementAst;
import dev.jpwsh.engine.languageapi.StatementAsts.CatchClauseAst;
import dev.jpwsh.engine.languageapi.StatementAsts.UsingStatementAst;
import dev.jpwsh.language.ast.StatementAst.Assignment;
import dev.jpwsh.language.ast.StatementAst.Block;
import dev.jpwsh.language.ast.StatementAst.Break;
import dev.jpwsh.language.ast.StatementAst.Continue;
import dev.jpwsh.language.ast.StatementAst.Data;
import dev.jpwsh.language.ast.StatementAst.DoLoop;
import dev.jpwsh.language.ast.StatementAst.Error;
import dev.jpwsh.language.ast.StatementAst.Exit;
import dev.jpwsh.language.ast.StatementAst.For;
import dev.jpwsh.language.ast.StatementAst.ForEach;
import dev.jpwsh.language.ast.StatementAst.FunctionDefinition;
import dev.jpwsh.language.ast.StatementAst.If;
import dev.jpwsh.language.ast.StatementAst.Pipeline;
import dev.jpwsh.language.ast.StatementAst.PipelineChain;
import dev.jpwsh.language.ast.StatementAst.Return;
import dev.jpwsh.language.ast.StatementAst.Switch;
import dev.jpwsh.language.ast.StatementAst.Throw;
import dev.jpwsh.language.ast.StatementAst.Trap;
import dev.jpwsh.language.ast.StatementAst.Try;
import dev.jpwsh.language.ast.StatementAst.TypeDefinition;
import dev.jpwsh.language.ast.StatementAst.Using;
import dev.jpwsh.language.ast.StatementAst.While;
import java.util.List;
import java.util.Locale;

/** {@link AstMapper}'s part for statements. */
final class StatementMapper {
    private StatementMapper() {
    }

    static StatementAst statement(dev.jpwsh.language.ast.StatementAst statement) {
        return switch (statement) {
            case Pipeline p -> AstMapper.pipelineOf(p);
            case PipelineChain c -> new CommandAsts.PipelineChainAst(c, c.extent(),
                    (CommandAsts.ChainableAst) pipeline(c.left()), AstMapper.pipelineOf(c.right()),
                    ScriptTokenKind.of(c.operator()), c.background());
            case Assignment a -> new StatementAsts.AssignmentStatementAst(a, a.extent(), expression(a.target()),
                    ScriptTokenKind.of(a.operator()), AstMapper.assignedValue(a.value()), new ScriptExtent(a.extent()));
            case Error e -> new StatementAsts.ErrorStatementAst(e, e.extent(), nested(e.nested()));
            case If i -> new StatementAsts.IfStatementAst(i, i.extent(),
                    each(i.clauses(), c -> new AstPair(pipeline(c.condition()), statementBlock(c.body()))),
                    statementBlock(i.elseBody()));
            case While w -> new StatementAsts.WhileStatementAst(w, w.extent(), w.label(), pipeline(w.condition()),
                    statementBlock(w.body()));
            case DoLoop d -> d.until()
                    ? new StatementAsts.DoUntilStatementAst(d, d.extent(), d.label(), pipeline(d.condition()),
                            statementBlock(d.body()))
                    : new StatementAsts.DoWhileStatementAst(d, d.extent(), d.label(), pipeline(d.condition()),
                            statementBlock(d.body()));
            case For f -> new StatementAsts.ForStatementAst(f, f.extent(), f.label(), pipeline(f.condition()),
                    statementBlock(f.body()), pipeline(f.initializer()), pipeline(f.iterator()));
            case ForEach f -> new StatementAsts.ForEachStatementAst(f, f.extent(), f.label(),
                    pipeline(f.collection()), statementBlock(f.body()), AstMapper.variable(f.variable()),
                    expression(f.throttleLimit()), f.parallel() ? "Parallel" : "None");
            case Switch s -> new StatementAsts.SwitchStatementAst(s, s.extent(), s.label(), pipeline(s.condition()),
                    switchFlags(s.flags()),
                    each(s.clauses(), c -> new AstPair(expression(c.test()), statementBlock(c.body()))),
                    statementBlock(s.defaultBody()));
            case Try t -> new StatementAsts.TryStatementAst(t, t.extent(), statementBlock(t.body()),
                    each(t.catches(), StatementMapper::catchClause), statementBlock(t.finallyBody()));
            case Trap t -> new StatementAsts.TrapStatementAst(t, t.extent(), AstMapper.typeConstraint(t.trapType()),
                    statementBlock(t.body()));
            case Break b -> new StatementAsts.BreakStatementAst(b, b.extent(), expression(b.label()));
            case Continue c -> new StatementAsts.ContinueStatementAst(c, c.extent(), expression(c.label()));
            case Return r -> new StatementAsts.ReturnStatementAst(r, r.extent(), pipeline(r.pipeline()));
            case Exit e -> new StatementAsts.ExitStatementAst(e, e.extent(), pipeline(e.pipeline()));
            case Throw t -> new StatementAsts.ThrowStatementAst(t, t.extent(), pipeline(t.pipeline()));
            case FunctionDefinition f -> new StatementAsts.FunctionDefinitionAst(f, f.extent(),
                    f.kind().equalsIgnoreCase("filter"), f.kind().equalsIgnoreCase("workflow"), f.name(),
                    each(f.parameters(), AstMapper::parameter), AstMapper.scriptBlock(f.body()));
            case Data d -> new StatementAsts.DataStatementAst(d, d.extent(), d.variable(),
                    each(d.supportedCommands(), AstMapper::expression), statementBlock(d.body()));
            case Using u -> using(u);
            case TypeDefinition t -> ClassMapper.typeDefinition(t);
            case Block b -> new StatementAsts.BlockStatementAst(b, b.extent(),
                    b.kind().equalsIgnoreCase("parallel") ? ScriptTokenKind.Parallel : ScriptTokenKind.Sequence,
                    statementBlock(b.body()));
        };
    }

    /** The nodes an error statement or expression kept. */
    static List<Ast> nested(List<dev.jpwsh.language.ast.Ast> nodes) {
        return each(nodes, AstMapper::any);
    }

    static CatchClauseAst catchClause(dev.jpwsh.language.ast.CatchClauseAst clause) {
        return new CatchClauseAst(clause, clause.extent(), each(clause.catchTypes(), AstMapper::typeConstraint),
                statementBlock(clause.body()));
    }

    static UsingStatementAst using(Using using) {
        return new UsingStatementAst(using, using.extent(), capitalized(using.kind()), constant(using.name()),
                constant(using.alias()));
    }

    private static ExpressionAsts.StringConstantExpressionAst constant(dev.jpwsh.language.ast.ExpressionAst name) {
        return expression(name) instanceof ExpressionAsts.StringConstantExpressionAst constant ? constant : null;
    }

    private static String switchFlags(List<String> flags) {
        if (flags.isEmpty()) {
            return "None";
        }
        return String.join(", ", each(flags, StatementMapper::capitalized));
    }

    private static String capitalized(String word) {
        String plain = word.startsWith("-") ? word.substring(1) : word;
        return plain.isEmpty() ? plain : plain.substring(0, 1).toUpperCase(Locale.ROOT)
                + plain.substring(1).toLowerCase(Locale.ROOT);
    }
}
