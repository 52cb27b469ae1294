package dev.jpwsh.engine.languageapi;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.language.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code [System.Management.Automation.PSParser]::Tokenize(script, [ref]$errors)}: the tokens of a script as
 * PowerShell 2 typed them (without the closing EndOfInput), and its parse errors. A script given as an array is its
 * lines, each ended by a newline.
 */
@DotNetName("System.Management.Automation.PSParser")
public final class PSParser {
    private PSParser() {
    }

    public static List<PSToken> Tokenize(String script, Ref errors) {
        ArgumentExceptions.notNull(script, "script");
        LanguageParser.ParsedScript parsed = LanguageParser.parse(SourceText.of(script));
        if (errors != null) {
            errors.setValue(AstMapper.each(parsed.errors(), PSParseError::new));
        }
        List<PSToken> tokens = new ArrayList<>(parsed.tokens().size());
        for (ScriptToken token : parsed.tokens()) {
            if (token.getKind() != ScriptTokenKind.EndOfInput) {
                tokens.add(new PSToken(token));
            }
        }
        return tokens;
    }

    public static List<PSToken> Tokenize(Object[] script, Ref errors) {
        ArgumentExceptions.notNull(script, "script");
        StringBuilder text = new StringBuilder();
        for (Object line : script) {
            if (line != null) {
                text.append(line).append('\n');
            }
        }
        return Tokenize(text.toString(), errors);
    }
}
