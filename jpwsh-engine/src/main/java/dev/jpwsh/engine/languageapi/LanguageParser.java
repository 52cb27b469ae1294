package dev.jpwsh.engine.languageapi;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.dotnet.io.ProcessPaths;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.parse.TokenizedParse;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.util.List;

/**
 * {@code [System.Management.Automation.Language.Parser]}: {@code ParseInput} and {@code ParseFile} return the
 * script's {@link BlockAsts.ScriptBlockAst} and set their two {@code [ref]} arguments to the tokens and the parse
 * errors (an empty array when there are none). A parse never throws for what the text says: errors, however deep or
 * long the text, come back in the errors array.
 */
@DotNetName("System.Management.Automation.Language.Parser")
public final class LanguageParser {
    private LanguageParser() {
    }

    public static BlockAsts.ScriptBlockAst ParseInput(String input, Ref tokens, Ref errors) {
        return ParseInput(input, null, tokens, errors);
    }

    /** Parses {@code input} as if it were the text of {@code fileName} (null for none), which extents then name. */
    public static BlockAsts.ScriptBlockAst ParseInput(String input, String fileName, Ref tokens, Ref errors) {
        return parse(new SourceText(fileName == null ? "" : fileName, input == null ? "" : input), tokens, errors);
    }

    public static BlockAsts.ScriptBlockAst ParseFile(String fileName, Ref tokens, Ref errors) throws IOException {
        return parse(Parser.readFile(ProcessPaths.existingFile(fileName)), tokens, errors);
    }

    /** The tree of {@code source} with its tokens and errors, as ParseInput returns them. */
    static ParsedScript parse(SourceText source) {
        TokenizedParse parse = Parser.parseWithTokens(source);
        BlockAsts.ScriptBlockAst tree = AstMapper.map(parse.result().ast());
        List<ScriptToken> tokens = TokenList.of(source, parse.tokens(), tree);
        List<ScriptParseError> errors = AstMapper.each(parse.result().errors(), ScriptParseError::new);
        return new ParsedScript(tree, tokens, errors);
    }

    /** A parse seen from scripts: the tree, the tokens and the errors. */
    record ParsedScript(BlockAsts.ScriptBlockAst tree, List<ScriptToken> tokens, List<ScriptParseError> errors) {
    }

    private static BlockAsts.ScriptBlockAst parse(SourceText source, Ref tokens, Ref errors) {
        ParsedScript parsed = parse(source);
        if (tokens != null) {
            tokens.setValue(parsed.tokens().toArray(new ScriptToken[0]));
        }
        if (errors != null) {
            errors.setValue(parsed.errors().toArray(new ScriptParseError[0]));
        }
        return parsed.tree();
    }
}
