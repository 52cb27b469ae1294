package dev.jpwsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {
    private final TestHost host = new TestHost();
    private int exitCode;

    private List<Object> run(String script) {
        SourceText source = new SourceText("", script);
        ParseResult parsed = Parser.parse(source);
        assertThat(parsed.errors()).isEmpty();
        List<Object> out = new ArrayList<>();
        exitCode = new ScriptRunner(host).run(source, parsed.ast(), List.of(), out::add);
        return out;
    }

    /** Expression statements output their values; collections are enumerated. */
    @Test
    void expressionsOutputEnumerated() {
        assertThat(run("1 + 2; 'a', 'b'")).containsExactly(3, "a", "b");
    }

    /** Assignments and increments as statements output nothing. */
    @Test
    void assignmentsAreSilent() {
        assertThat(run("$x = 5; $x++; $x")).containsExactly(6);
    }

    /** A function's parameters bind by position and by name, with defaults. */
    @Test
    void functionBinding() {
        assertThat(run("function f($a, $b = 10) { $a + $b }; f 1; f -b 2 -a 3; f 4 5")).containsExactly(11, 5, 9);
    }

    /** Variables set in a function stay in its scope; $script: reaches the script scope. */
    @Test
    void scopes() {
        assertThat(run("$x = 1; function f { $x = 2; $script:y = 3 }; f; $x; $y")).containsExactly(1, 3);
    }

    /** break and continue with a label act on the labelled loop. */
    @Test
    void labelledBreak() {
        assertThat(run(":outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; "
                + "if ($a -eq 3) { break outer }; \"$a$b\" } }")).containsExactly("11", "21");
    }

    /** A caught error is the $_ of the catch block; finally always runs. */
    @Test
    void tryCatchFinally() {
        assertThat(run("try { throw 'boom' } catch { \"caught $_\" } finally { 'finally' }"))
                .containsExactly("caught boom", "finally");
    }

    /** A typed catch matches the error's exception type. */
    @Test
    void typedCatch() {
        assertThat(run("try { 1/0 } catch [System.IO.IOException] { 'io' } catch [System.DivideByZeroException] "
                + "{ 'div' }")).containsExactly("div");
    }

    /** A statement-terminating error is reported and the script goes on with the next statement. */
    @Test
    void statementErrorsContinue() {
        assertThat(run("1/0; 'after'")).containsExactly("after");
        assertThat(host.errors).hasSize(1);
        assertThat(host.errors.getFirst().message()).isEqualTo("Attempted to divide by zero.");
        assertThat(exitCode).isZero();
    }

    /** An uncaught throw ends the script with exit code 1. */
    @Test
    void throwEndsScript() {
        assertThat(run("'before'; throw 'stop'; 'after'")).containsExactly("before");
        assertThat(exitCode).isEqualTo(1);
        assertThat(host.errors.getFirst().fromThrowStatement()).isTrue();
    }

    /** exit N ends the script with that code. */
    @Test
    void exitCode() {
        run("exit 7");
        assertThat(exitCode).isEqualTo(7);
    }

    /** Switch tests every clause, with $_ as the value; break leaves the switch. */
    @Test
    void switchStatement() {
        assertThat(run("switch (1, 2, 3) { 1 { 'one' } { $_ -gt 1 } { \"big $_\" } 3 { 'three'; break } }"))
                .containsExactly("one", "big 2", "big 3", "three");
    }

    /** -match sets $Matches; -replace substitutes groups; -split and -join work on lists. */
    @Test
    void textOperators() {
        assertThat(run("if ('ab12' -match '(\\d)(\\d)') { $Matches[2] }; 'abc' -replace '(b)', '[$1]'; "
                + "('a,b' -split ',') -join '+'")).containsExactly("2", "a[b]c", "a+b");
    }

    /** .NET members: static calls, constructors, collection methods, string methods. */
    @Test
    void dotNetMembers() {
        assertThat(run("[math]::Round(2.567, 2); $l = [System.Collections.Generic.List[object]]::new(); "
                + "$l.Add(3); $l.Count; 'Hello'.ToUpper(); [string]::IsNullOrEmpty('')"))
                .containsExactly(2.57, 1, "HELLO", true);
    }

    /** Hashtables keep insertion order and find keys without regard to case. */
    @Test
    void hashtables() {
        assertThat(run("$h = @{ B = 1; a = 2 }; $h.b; $h['A']; $h.Keys -join ','")).containsExactly(1, 2, "B,a");
    }
}
