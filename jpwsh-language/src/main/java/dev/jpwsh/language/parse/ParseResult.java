package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.ScriptBlockAst;
import java.util.List;

/** The tree (partial when there are errors) and the errors: the grammar's in source order, then the semantic checks'. */
public record ParseResult(ScriptBlockAst ast, List<ParseError> errors) {
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** True when every error says that more input could complete the text. */
    public boolean isIncomplete() {
        return hasErrors() && errors.stream().anyMatch(ParseError::incompleteInput);
    }
}
