package dev.jpwsh.engine.languageapi;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * The base of PowerShell's AST classes as scripts see them: every node's {@code Extent} and {@code Parent}, the
 * searches ({@code Find}, {@code FindAll}), {@code Visit} with an {@link AstVisitor} or {@link ICustomAstVisitor},
 * {@code Copy()} and {@code ToString()} (the node's source text). A node is a view of one node of
 * {@code jpwsh-language}'s tree (its {@code origin}); {@link AstMapper} builds a whole tree of views at once, each
 * node registering its children in source order, which is the order of every walk.
 */
@DotNetName("System.Management.Automation.Language.Ast")
public abstract class Ast {
    private final Object origin;
    private final ScriptExtent extent;
    private Ast parent;
    private final List<Ast> children = new ArrayList<>(2);

    protected Ast(Object origin, Extent extent) {
        this.origin = origin;
        this.extent = new ScriptExtent(extent);
    }

    /**
     * Adopts {@code node} (null for none) as a child, kept in source order (PowerShell's visit order: a foreach's
     * variable before its collection and body), the order of adoption for children that start together.
     */
    final <T extends Ast> T child(T node) {
        if (node != null) {
            ((Ast) node).parent = this;
            int at = children.size();
            int start = node.getExtent().getStartOffset();
            while (at > 0 && children.get(at - 1).getExtent().getStartOffset() > start) {
                at--;
            }
            children.add(at, node);
        }
        return node;
    }

    /** Adopts each of {@code nodes} as the next children; returns them. */
    final <T extends Ast> List<T> children(List<T> nodes) {
        nodes.forEach(this::child);
        return nodes;
    }

    /** Adopts both items of each pair (an if clause, a switch clause, a hashtable entry) as the next children. */
    final List<AstPair> pairs(List<AstPair> pairs) {
        for (AstPair pair : pairs) {
            child(pair.getItem1());
            child(pair.getItem2());
        }
        return pairs;
    }

    final Object origin() {
        return origin;
    }

    final List<Ast> childNodes() {
        return children;
    }

    public ScriptExtent getExtent() {
        return extent;
    }

    public Ast getParent() {
        return parent;
    }

    /** Whether a search that leaves out nested script blocks stops below this node (functions, traps, blocks). */
    boolean opensScriptBlock() {
        return false;
    }

    /** Calls the visitor's method for this node's class. */
    abstract AstVisitAction accept(AstVisitor visitor);

    /** Calls the custom visitor's method for this node's class. */
    abstract Object accept(ICustomAstVisitor visitor);

    /** The first node, this one included, that {@code predicate} accepts, or null. */
    public Ast Find(Delegate.Func predicate, boolean searchNestedScriptBlocks) {
        List<Ast> found = new ArrayList<>(1);
        search(this, checked(predicate), searchNestedScriptBlocks, found, true);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every node, this one included, that {@code predicate} accepts, in source order. */
    public List<Ast> FindAll(Delegate.Func predicate, boolean searchNestedScriptBlocks) {
        List<Ast> found = new ArrayList<>();
        search(this, checked(predicate), searchNestedScriptBlocks, found, false);
        return found;
    }

    private static Delegate.Func checked(Delegate.Func predicate) {
        return ArgumentExceptions.notNull(predicate, "predicate");
    }

    /** False when the search is over (the first match found, when only one is wanted). */
    private static boolean search(Ast node, Delegate.Func predicate, boolean nested, List<Ast> found, boolean first) {
        if (LanguagePrimitives.isTrue(predicate.Invoke(node))) {
            found.add(node);
            if (first) {
                return false;
            }
        }
        if (!nested && node.opensScriptBlock()) {
            return true;
        }
        for (Ast child : node.children) {
            if (!search(child, predicate, nested, found, first)) {
                return false;
            }
        }
        return true;
    }

    /** Calls {@code action} for this node and every node below it, in source order. */
    final void forEachNode(java.util.function.Consumer<Ast> action) {
        action.accept(this);
        for (Ast child : children) {
            child.forEachNode(action);
        }
    }

    /** Walks this node and those below it, calling {@code visitor}'s method for each, as it says to go on. */
    public void Visit(AstVisitor visitor) {
        walk(this, ArgumentExceptions.notNull(visitor, "astVisitor"));
    }

    /** Calls {@code visitor}'s method for this node; the visitor walks the children itself if it wants them. */
    public Object Visit(ICustomAstVisitor visitor) {
        return accept(ArgumentExceptions.notNull(visitor, "astVisitor"));
    }

    private static boolean walk(Ast node, AstVisitor visitor) {
        AstVisitAction action = node.accept(visitor);
        if (action == AstVisitAction.StopVisit) {
            return false;
        }
        if (action == AstVisitAction.SkipChildren || action == null) {
            return action != null;
        }
        for (Ast child : node.children) {
            if (!walk(child, visitor)) {
                return false;
            }
        }
        return true;
    }

    /** The value of a node that is data only (constants, arrays, hashtables); InvalidOperation for code. */
    public Object SafeGetValue() {
        try {
            return SafeValues.of(this);
        } catch (IllegalStateException dynamic) {
            throw new IllegalStateException("Cannot generate a PowerShell object for a ScriptBlock evaluating "
                    + "dynamic expressions. Dynamic expression: " + extent.getText() + ".");
        }
    }

    /** A copy of this node and everything below it, without a parent. */
    public Ast Copy() {
        return AstMapper.copyOf(this);
    }

    @Override
    public String toString() {
        return extent.getText();
    }
}
