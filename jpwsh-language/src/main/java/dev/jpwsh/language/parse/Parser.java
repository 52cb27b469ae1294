package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.language.token.Nesting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Parses PowerShell source into a {@link ParseResult}. Each call is independent: any number of threads may
 * parse at once. The grammar lives in package-private rule classes: {@link ScriptBlockRule} (script blocks,
 * param blocks, statement lists), {@link StatementRule} (keyword statements), {@link ClassRule} (class and
 * enum bodies), {@link PipelineRule} (pipelines, commands, redirections), {@link ExpressionRule}
 * (operators and primary expressions) and {@link TypeRule} (type names and attributes).
 */
public final class Parser {
    /** A stack that holds a parse {@link Nesting#LIMIT} levels deep many times over. */
    private static final long OWN_THREAD_STACK_BYTES = 16L << 20;

    private Parser() {
    }

    /**
     * Parses {@code source}. Text nested deeper than {@link Nesting#LIMIT} levels gives one error,
     * {@code ScriptTooComplicated} at the construct that went too deep, and an empty tree, as PowerShell ends a
     * parse that runs out of stack. The result depends on the text only: when the calling thread has too little
     * stack left for that many levels, the parse runs again on a thread of its own, as PowerShell's does.
     */
    public static ParseResult parse(SourceText source) {
        return parse(source, false).result();
    }

    /**
     * Parses {@code source} as {@link #parse(SourceText)} does and also returns the tokens the grammar consumed, in
     * source order, each scanned in the mode the grammar read it (what PowerShell's parser hands back with its tree).
     * Comments and line continuations are not tokens of the grammar, so they are not among them.
     */
    public static TokenizedParse parseWithTokens(SourceText source) {
        return parse(source, true);
    }

    private static TokenizedParse parse(SourceText source, boolean withTokens) {
        try {
            return parseHere(source, withTokens);
        } catch (StackOverflowError callerTooDeep) {
            return parseOnOwnThread(source, withTokens);
        }
    }

    private static TokenizedParse parseOnOwnThread(SourceText source, boolean withTokens) {
        FutureTask<TokenizedParse> parse = new FutureTask<>(() -> parseHere(source, withTokens));
        Thread.ofPlatform().name("jpwsh parser").daemon().stackSize(OWN_THREAD_STACK_BYTES).start(parse);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return parse.get();
                } catch (InterruptedException e) {
                    // The parse is short (linear in the text): finish it and keep the interrupt for the caller.
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException unchecked) {
                        throw unchecked;
                    }
                    throw (Error) e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static TokenizedParse parseHere(SourceText source, boolean withTokens) {
        ParseContext context = new ParseContext(source);
        if (withTokens) {
            context.stream().recordTokens();
        }
        try {
            var ast = context.scriptBlocks().script();
            var result = new ParseResult(ast, withSemanticErrors(context.stream().finish(), context.checks()));
            return new TokenizedParse(result, context.stream().consumedTokens());
        } catch (Nesting.TooDeep tooDeep) {
            Extent whole = source.extent(0, source.length());
            var empty = new ScriptBlockAst(whole, List.of(), null, null, null, null,
                    new NamedBlockAst(whole, NamedBlockAst.BlockKind.END, true, List.of(), List.of()), null, List.of());
            return new TokenizedParse(new ParseResult(empty, List.of(ParseErrors.create("ScriptTooComplicated",
                    source.extent(tooDeep.start(), tooDeep.end()), false))), List.of());
        }
    }

    /**
     * The grammar's errors, then the semantic checks' ({@link SemanticChecks}), as pwsh reports them: its checks run on
     * the finished tree, after the parse ({@code $a + $b =} is ExpectedValueExpression, then InvalidLeftHandSide).
     */
    private static List<ParseError> withSemanticErrors(List<ParseError> grammar, SemanticChecks checks) {
        List<ParseError> semantic = checks.errors();
        if (semantic.isEmpty()) {
            return grammar;
        }
        List<ParseError> all = new ArrayList<>(grammar);
        all.addAll(semantic);
        return List.copyOf(all);
    }

    public static ParseResult parse(String text) {
        return parse(SourceText.of(text));
    }

    /** Parses a file read as UTF-8 (a byte-order mark is dropped). */
    public static ParseResult parseFile(Path path) throws IOException {
        return parse(readFile(path));
    }

    /** A file's text read as UTF-8 (a byte-order mark is dropped), named by its path. */
    public static SourceText readFile(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceText(path.toString(), text);
    }
}
