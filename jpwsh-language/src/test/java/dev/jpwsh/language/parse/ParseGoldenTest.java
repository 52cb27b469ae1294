package dev.jpwsh.language.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.language.ast.AstPrinter;
import dev.jpwsh.language.source.SourceText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden parse corpus: every {@code parse/**}{@code /name.ps1} parses without errors into the tree rendered in
 * {@code name.ps1.expected}. Run with {@code -Djpwsh.golden.update=true} to rewrite the expected files, then
 * review the diff.
 */
class ParseGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("jpwsh.golden.update");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(ParseGoldenTest.class.getResource("/parse").toURI());
        return Files.walk(root).filter(p -> p.toString().endsWith(".ps1")).sorted()
                .map(script -> DynamicTest.dynamicTest(root.relativize(script).toString(), () -> check(script)));
    }

    private static void check(Path script) throws IOException {
        String text = Files.readString(script, StandardCharsets.UTF_8);
        ParseResult result = Parser.parse(new SourceText(script.getFileName().toString(), text));
        assertThat(result.errors()).as("parse errors").isEmpty();
        String actual = AstPrinter.print(result.ast());
        Path expectedFile = script.resolveSibling(script.getFileName() + ".expected");
        if (UPDATE) {
            Path source = sourcePathOf(expectedFile);
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("expected file").exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    /** The expected file in src/test/resources, which the build copied to target/test-classes. */
    private static Path sourcePathOf(Path copied) {
        String path = copied.toString().replace("/target/test-classes/", "/src/test/resources/");
        return Path.of(path);
    }
}
