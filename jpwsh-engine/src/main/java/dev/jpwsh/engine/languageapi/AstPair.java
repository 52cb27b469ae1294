package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * The {@code Tuple<Ast, Ast>} PowerShell's nodes list pairs in: an if clause (condition, body), a switch clause
 * (test, body), a hashtable entry (key, value).
 */
@DotNetName("System.Tuple`2")
public final class AstPair {
    private final Ast item1;
    private final Ast item2;

    AstPair(Ast item1, Ast item2) {
        this.item1 = item1;
        this.item2 = item2;
    }

    public Ast getItem1() {
        return item1;
    }

    public Ast getItem2() {
        return item2;
    }

    @Override
    public String toString() {
        return "(" + item1 + ", " + item2 + ")";
    }
}
