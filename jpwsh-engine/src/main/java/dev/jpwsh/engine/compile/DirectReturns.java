package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.node.Statements;
import dev.jpwsh.engine.node.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the {@code return} statements of an end block that only statement lists and ifs enclose
 * {@linkplain Statements.Return#direct direct}, so that they end the block without throwing, and wraps such a block in
 * a {@link Statements.ReturnTarget}. A return anywhere else (in a loop, try, switch, pipeline or script block) keeps
 * throwing, and so does every return of a begin or process block, whose runners differ in what a return ends.
 */
final class DirectReturns {
    private DirectReturns() {
    }

    static Stmt endBlock(Stmt block) {
        if (block == null) {
            return null;
        }
        Stmt rewritten = rewrite(block);
        return rewritten == block ? block : new Statements.ReturnTarget(rewritten);
    }

    private static Stmt rewrite(Stmt statement) {
        return switch (statement) {
            case Statements.StatementList list -> {
                List<Stmt> statements = new ArrayList<>(list.statements().size());
                boolean changed = false;
                for (Stmt s : list.statements()) {
                    Stmt rewritten = rewrite(s);
                    changed |= rewritten != s;
                    statements.add(rewritten);
                }
                yield changed ? new Statements.StatementList(List.copyOf(statements), list.traps()) : list;
            }
            case Statements.Located located -> {
                Stmt inner = rewrite(located.inner());
                yield inner == located.inner() ? located : new Statements.Located(inner, located.position());
            }
            case Statements.If conditional -> {
                List<Stmt> bodies = new ArrayList<>(conditional.bodies().size());
                boolean changed = false;
                for (Stmt body : conditional.bodies()) {
                    Stmt rewritten = rewrite(body);
                    changed |= rewritten != body;
                    bodies.add(rewritten);
                }
                Stmt elseBody = conditional.elseBody() == null ? null : rewrite(conditional.elseBody());
                yield changed || elseBody != conditional.elseBody()
                        ? new Statements.If(conditional.conditions(), List.copyOf(bodies), elseBody) : conditional;
            }
            case Statements.Return r when !r.direct() -> new Statements.Return(r.value(), true);
            default -> statement;
        };
    }
}
