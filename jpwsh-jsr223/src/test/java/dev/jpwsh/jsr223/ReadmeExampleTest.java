package dev.jpwsh.jsr223;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example compiles against the published API and prints what its comments say. */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void embeddingExampleRunsAsDocumented(@TempDir Path work) throws Exception {
        Path source = work.resolve("Embed.java");
        Files.writeString(source, javaBlockAfter("## Embedding jpwsh"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", work.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(status).as("javac exit status").isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("Embed").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("1", "3", "5", "Hello, JVM", "[10, 20, 30]");
    }

    /** The first ```java block after the heading that starts with {@code heading}. */
    private static String javaBlockAfter(String heading) throws Exception {
        List<String> lines = Files.readAllLines(README);
        int at = 0;
        while (!lines.get(at).startsWith(heading)) {
            at++;
        }
        while (!lines.get(at).equals("```java")) {
            at++;
        }
        StringBuilder block = new StringBuilder();
        for (at++; !lines.get(at).equals("```"); at++) {
            block.append(lines.get(at)).append('\n');
        }
        return block.toString();
    }
}
