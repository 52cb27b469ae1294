package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpwsh.console.Main;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Start-Job child starts with its parent's class-data cache, as the launcher's jpwsh runs with one: a cache is
 * trained here (with the launcher's options, on the modules' jars: the JVM caches no classes from directories), a
 * jpwsh started with it runs a job, and the job's process has the cache file mapped, as its parent has. A child
 * that the JVM refused the cache (an option the cache was made with missing, as once native access was) would not.
 * How much faster the child starts is the Start-Job benchmark's business, not a test's.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class JobClassCacheTest {
    /** The launcher's options that the cache depends on. */
    private static final List<String> LAUNCHER_OPTIONS = List.of("-Xlog:disable",
            "--enable-native-access=ALL-UNNAMED", "-Xss8m");

    @Test
    void aJobsProcessMapsItsParentsClassCache(@TempDir Path dir) throws Exception {
        String jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).collect(Collectors.joining(File.pathSeparator));
        assumeTrue(jars.contains("jpwsh-console-"), "the modules are jars only once packaged (mvn verify); skipped");
        Path cache = dir.resolve("jpwsh.aot");
        run(jars, "-XX:AOTCacheOutput=" + cache, "$null = Start-Job { 1 } | Receive-Job -Wait -AutoRemoveJob");
        assumeTrue(Files.isRegularFile(cache), "this JVM made no class-data cache; skipped");
        String mapped = "@(Get-Content /proc/$PID/maps | Where-Object { $_.EndsWith($args[0]) }).Count -gt 0";
        List<String> out = run(jars, "-XX:AOTCache=" + cache, "\"parent $PID \" + (& { " + mapped + " } '" + cache
                + "'); Start-Job { param($c) \"child $PID \" + (& { " + mapped + " } $c) } -ArgumentList '" + cache
                + "' | Receive-Job -Wait -AutoRemoveJob");
        assertThat(out).hasSize(2);
        assumeTrue(out.getFirst().endsWith(" True"), "this JVM did not use the cache it made; skipped");
        assertThat(out.getLast()).startsWith("child ").endsWith(" True");
        assertThat(out.getLast().split(" ")[1]).isNotEqualTo(out.getFirst().split(" ")[1]);
    }

    /** {@return the lines jpwsh, on {@code classPath} with the launcher's options and {@code cacheOption}, writes} */
    private static List<String> run(String classPath, String cacheOption, String script) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_OPTIONS);
        command.add(cacheOption);
        command.addAll(List.of("-cp", classPath, Main.class.getName(), "-NoProfile", "-c", script));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
