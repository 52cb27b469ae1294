package dev.jpwsh.language.parse;

import dev.jpwsh.language.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parses PowerShell source into a {@link ParseResult}. Each call is independent: any number of threads may
 * parse at once. The grammar lives in package-private rule classes: {@link ScriptBlockRule} (script blocks,
 * param blocks, statement lists), {@link StatementRule} (keyword statements), {@link ClassRule} (class and
 * enum bodies), {@link PipelineRule} (pipelines, commands, redirections), {@link ExpressionRule}
 * (operators and primary expressions) and {@link TypeRule} (type names and attributes).
 */
public final class Parser {
    private Parser() {
    }

    public static ParseResult parse(SourceText source) {
        ParseContext context = new ParseContext(source);
        var ast = context.scriptBlocks().script();
        return new ParseResult(ast, context.stream().finish());
    }

    public static ParseResult parse(String text) {
        return parse(SourceText.of(text));
    }

    /** Parses a file read as UTF-8 (a byte-order mark is dropped). */
    public static ParseResult parseFile(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(new SourceText(path.toString(), text));
    }
}
