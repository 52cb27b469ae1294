package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.TypeMemberAst;
import dev.jpwsh.language.source.Extent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The semantic checks that depend on what encloses a node, made by walking only the subtrees where they can fail,
 * keeping the nodes above the current one: the {@code finally} blocks (a break, continue or return that leaves one:
 * ControlLeavingFinally) and the class definitions (a loop label a method lacks: LabelNotFound; {@code $this} in a
 * static member: NonStaticMemberAccessInStaticMember). Each subtree is walked once, so the caller hands over only the
 * outermost of nested ones.
 */
final class EnclosureChecks {
    private final SemanticChecks.Report report;
    /** The nodes from the subtree's root down to the one being checked (not including it). */
    private final List<Record> ancestors = new ArrayList<>();
    private final boolean inFinally;

    private EnclosureChecks(SemanticChecks.Report report, boolean inFinally) {
        this.report = report;
        this.inFinally = inFinally;
    }

    /** Checks the flow statements in the {@code finally} block of {@code statement}. */
    static void finallyBlock(StatementAst.Try statement, SemanticChecks.Report report) {
        EnclosureChecks checks = new EnclosureChecks(report, true);
        checks.ancestors.add(statement);
        checks.walk(statement.finallyBody());
    }

    /** Checks the labels and {@code $this} in the members of a class. */
    static void typeDefinition(StatementAst.TypeDefinition type, SemanticChecks.Report report) {
        new EnclosureChecks(report, false).walk(type);
    }

    private void walk(Object node) {
        if (node instanceof List<?> list) {
            for (Object item : list) {
                walk(item);
            }
            return;
        }
        if (!(node instanceof Record record)) {
            return;
        }
        check(record);
        ancestors.add(record);
        for (Object child : AstSearch.children(record)) {
            walk(child);
        }
        ancestors.removeLast();
    }

    private void check(Record node) {
        switch (node) {
            case StatementAst.Break b -> flowStatement(b, b.label());
            case StatementAst.Continue c -> flowStatement(c, c.label());
            case StatementAst.Return r when inFinally -> flowOutOfFinally(r.extent(), null);
            case ExpressionAst.Variable v when !inFinally && v.path().name().equalsIgnoreCase("this")
                    && inStaticMember() -> report.add(v.extent(), "NonStaticMemberAccessInStaticMember", v.extent(),
                    v.path().name());
            default -> {
            }
        }
    }

    /** A break or continue: its label when written as a constant ("" when none, null when computed). */
    private void flowStatement(StatementAst statement, ExpressionAst label) {
        String name = label == null ? "" : label instanceof ExpressionAst.StringConstant s ? s.value() : null;
        if (inFinally) {
            flowOutOfFinally(statement.extent(), name);
        } else {
            labelExists(statement.extent(), name);
        }
    }

    /**
     * ControlLeavingFinally: the statement is in a {@code finally} block of the same script block, function or trap,
     * and no loop between them takes its label ({@code label} null: a return, or a label not known until it runs).
     */
    private void flowOutOfFinally(Extent statement, String label) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Record parent = ancestors.get(i);
            if (parent instanceof NamedBlockAst || parent instanceof StatementAst.Trap
                    || parent instanceof ScriptBlockAst) {
                return;
            }
            if (label != null && matchesLabel(parent, label)) {
                return;
            }
            if (parent instanceof StatementBlockAst block && i > 0
                    && ancestors.get(i - 1) instanceof StatementAst.Try t && t.finallyBody() == block) {
                report.add(statement, "ControlLeavingFinally", statement);
                return;
            }
        }
    }

    /** LabelNotFound: in a class method, a constant label no enclosing loop of the method has. */
    private void labelExists(Extent statement, String label) {
        if (label == null || label.isEmpty()) {
            return;
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Record parent = ancestors.get(i);
            if (parent instanceof TypeMemberAst.Method) {
                report.add(statement, "LabelNotFound", statement, label);
                return;
            }
            if (parent instanceof StatementAst.FunctionDefinition || matchesLabel(parent, label)) {
                return;
            }
        }
    }

    /** Whether {@code node} is a loop or switch labelled {@code label}, which a break or continue with it ends. */
    private static boolean matchesLabel(Record node, String label) {
        String own = switch (node) {
            case StatementAst.While w -> w.label();
            case StatementAst.DoLoop d -> d.label();
            case StatementAst.For f -> f.label();
            case StatementAst.ForEach f -> f.label();
            case StatementAst.Switch s -> s.label();
            default -> null;
        };
        boolean loop = node instanceof StatementAst.While || node instanceof StatementAst.DoLoop
                || node instanceof StatementAst.For || node instanceof StatementAst.ForEach
                || node instanceof StatementAst.Switch;
        return loop && label.equalsIgnoreCase(Objects.requireNonNullElse(own, ""));
    }

    /** Whether the nearest class member above is static (a static method, or a static property's initial value). */
    private boolean inStaticMember() {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (ancestors.get(i) instanceof TypeMemberAst member) {
                List<String> modifiers = member instanceof TypeMemberAst.Method m ? m.modifiers()
                        : ((TypeMemberAst.Property) member).modifiers();
                return modifiers.contains("static");
            }
        }
        return false;
    }
}
