package dev.jpwsh.language.parse;

import dev.jpwsh.language.token.Token;
import java.util.List;

/** A parse with the tokens it consumed, in source order ({@link Parser#parseWithTokens}). */
public record TokenizedParse(ParseResult result, List<Token> tokens) {
}
