package dev.jpwsh.conformance.fuzz;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Generated long and deep inputs, each a family whose size grows with one number: flat ones (many statements,
 * errors, strings, comments) that must parse in time linear in their length, and deep ones that must stop at the
 * parser's nesting limit with an error instead of overflowing the stack.
 */
final class LongInputs {
    /** A family of inputs: {@code input.apply(n)} is about {@code n} units long. */
    record Family(String name, IntFunction<String> input) {
    }

    static final List<Family> FAMILIES = List.of(
            new Family("statements", n -> "$a = 1 + 2\n".repeat(n)),
            new Family("pipeline", n -> "1" + " | % { $_ }".repeat(n)),
            new Family("string subexpressions", n -> "\"" + "x $(1) ".repeat(n) + "\""),
            new Family("unclosed single quotes", n -> "'a\n".repeat(n)),
            new Family("unclosed double quotes", n -> "\"a\n".repeat(n)),
            new Family("quote pairs", n -> "'\"".repeat(n)),
            new Family("stray parentheses", n -> ")\n".repeat(n)),
            new Family("stray braces", n -> "}\n".repeat(n)),
            new Family("stray keywords", n -> ") " + "else catch finally ".repeat(n)),
            new Family("line comments", n -> "{ " + "# c\n".repeat(n)),
            new Family("block comment", n -> "<#" + "x".repeat(10 * n) + "#>"),
            new Family("unclosed openers before a comment", n -> "(".repeat(400) + "<#" + "x".repeat(10 * n) + "#>"),
            new Family("dangling operators", n -> "1 +\n".repeat(n)),
            new Family("nested strings with long content", n -> "\"$(".repeat(200) + "x".repeat(n)
                    + ")\"".repeat(200)),
            new Family("array literal", n -> "1" + ",1".repeat(n)),
            new Family("sum", n -> "1" + "+1".repeat(n)),
            new Family("duplicate hashtable keys", n -> "@{" + "a=1;".repeat(n) + "}"),
            new Family("command arguments", n -> "echo" + " a".repeat(n)),
            new Family("bad numeric constants", n -> "1e400d ".repeat(n)),
            new Family("huge exponents", n -> "1e99999999999 ".repeat(n)),
            new Family("unclosed subexpressions", n -> "\"$(".repeat(n)),
            new Family("elseif chain", n -> "if(1){}" + "elseif(1){}".repeat(n)),
            new Family("here-strings", n -> "@\"\n$(1)\n\"@\n".repeat(n)),
            new Family("long digits", n -> "9".repeat(n)),
            new Family("deep parentheses", n -> "(".repeat(n) + "1" + ")".repeat(n)),
            new Family("deep blocks", n -> "{".repeat(n) + "}".repeat(n)),
            new Family("deep string subexpressions", n -> "\"$(".repeat(n) + "1" + ")\"".repeat(n)),
            new Family("deep ifs", n -> "if(1){".repeat(n) + "1" + "}".repeat(n)),
            new Family("deep generic types", n -> "[a" + "[a".repeat(n) + "]".repeat(n + 1)),
            new Family("deep unary operators", n -> "-not ".repeat(n) + "1"),
            new Family("deep ternaries", n -> "1?".repeat(n) + "1" + ":0".repeat(n)));

    private LongInputs() {
    }
}
