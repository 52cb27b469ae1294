package dev.jpwsh.language.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.token.NumberLiteral.NumericType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static List<StatementAst> statements(String text) {
        ParseResult result = Parser.parse(text);
        assertThat(result.errors()).isEmpty();
        return result.ast().endBlock().statements();
    }

    private static ExpressionAst expression(String text) {
        StatementAst.Pipeline pipeline = (StatementAst.Pipeline) statements(text).getFirst();
        return ((PipelineElementAst.CommandExpression) pipeline.elements().getFirst()).expression();
    }

    /** An unclosed block at the end of input is incomplete, which a console answers with a continuation prompt. */
    @Test
    void unclosedBlockAtEndIsIncompleteInput() {
        ParseResult result = Parser.parse("if ($a) {\n  'x'\n");
        assertThat(result.isIncomplete()).isTrue();
        assertThat(result.errors()).extracting(ParseError::errorId).containsExactly("MissingEndCurlyBrace");
    }

    /** An error followed by more text is not incomplete input. */
    @Test
    void errorBeforeMoreTextIsNotIncomplete() {
        ParseResult result = Parser.parse("$a = (1 + \n}");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.errors().getFirst().incompleteInput()).isFalse();
    }

    /** A parse with errors still returns the statements it could read. */
    @Test
    void errorsKeepAPartialTree() {
        ParseResult result = Parser.parse("Write-Output 1\n$x = (\nWrite-Output 2");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.ast().endBlock().statements()).isNotEmpty();
    }

    /** Errors carry the 1-based line and column of their position. */
    @Test
    void errorPositionIsLineAndColumn() {
        ParseError error = Parser.parse("'ok'\n  1 2").errors().getFirst();
        assertThat(error.errorId()).isEqualTo("UnexpectedToken");
        assertThat(error.extent().startPosition().line()).isEqualTo(2);
        assertThat(error.extent().startPosition().column()).isEqualTo(5);
        assertThat(error.message()).isEqualTo("Unexpected token '2' in expression or statement.");
    }

    /** Keywords are only keywords where a statement starts: as arguments they are plain words. */
    @Test
    void keywordAsArgumentIsABareword() {
        var command = (PipelineElementAst.Command) ((StatementAst.Pipeline) statements("Write-Output if else")
                .getFirst()).elements().getFirst();
        assertThat(command.elements()).hasSize(3).allMatch(e -> e instanceof ExpressionAst.StringConstant);
    }

    /** In argument mode a word that starts with digits is a bareword unless it is all number. */
    @Test
    void argumentModeNumbersAndBarewords() {
        var command = (PipelineElementAst.Command) ((StatementAst.Pipeline) statements("echo 10 10.0.0.1 7z 1kb")
                .getFirst()).elements().getFirst();
        assertThat(command.elements().get(1)).isInstanceOf(ExpressionAst.Number.class);
        assertThat(command.elements().get(2)).isInstanceOf(ExpressionAst.StringConstant.class);
        assertThat(command.elements().get(3)).isInstanceOf(ExpressionAst.StringConstant.class);
        assertThat(((ExpressionAst.Number) command.elements().get(4)).literal().value()).isEqualTo(1024);
    }

    /** At statement start, {@code $x-1} is a subtraction, not a command named "$x-1". */
    @Test
    void expressionModeAtStatementStart() {
        assertThat(expression("$x-1")).isInstanceOf(ExpressionAst.Binary.class);
    }

    /** The comma binds tighter than binary operators: {@code 1,2 + 3} adds 3 to an array. */
    @Test
    void commaBindsTighterThanPlus() {
        var binary = (ExpressionAst.Binary) expression("1,2 + 3");
        assertThat(binary.left()).isInstanceOf(ExpressionAst.ArrayLiteral.class);
    }

    /** Integer literals widen: int, then long, then decimal. */
    @Test
    void integerLiteralsWiden() {
        assertThat(((ExpressionAst.Number) expression("2147483647")).literal().type()).isEqualTo(NumericType.INT32);
        assertThat(((ExpressionAst.Number) expression("2147483648")).literal().type()).isEqualTo(NumericType.INT64);
        assertThat(((ExpressionAst.Number) expression("9223372036854775808")).literal().type())
                .isEqualTo(NumericType.DECIMAL);
    }

    /** A value too large for its suffix is a bad numeric constant. */
    @Test
    void overflowingSuffixIsBadNumericConstant() {
        assertThat(Parser.parse("300y").errors()).extracting(ParseError::errorId)
                .containsExactly("BadNumericConstant");
    }

    /** A line that starts with a pipe continues the pipeline of the line before. */
    @Test
    void leadingPipeContinuesPipeline() {
        var pipeline = (StatementAst.Pipeline) statements("Get-Item x\n  | Sort-Object\n  | Select-Object").getFirst();
        assertThat(pipeline.elements()).hasSize(3);
    }

    /** Extents cover the node's source text exactly. */
    @Test
    void extentsCoverSourceText() {
        ExpressionAst member = expression("$o.Method(1, 2)");
        assertThat(member.extent().text()).isEqualTo("$o.Method(1, 2)");
    }
}
