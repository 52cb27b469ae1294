package dev.jpwsh.conformance.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the design notes (ARCHITECTURE.md), checked on the class files of every module's
 * production code: which module may use which, which layer of the engine may use which, no cycle between modules or
 * between layers, and no engine class over 800 lines. A wrong import fails the build here, naming the class that
 * uses, the class used and the line.
 *
 * <p>Class files, not imports, are what is checked. A type used only as a local variable's type leaves no trace in
 * them, but the value comes from a method or field whose signature names the type, and that signature is checked
 * where it is declared; a compile-time constant of another class is copied into the user and goes unseen.
 *
 * <p>The modules are seen through this module's class path, which holds all of them but jpwsh-bench: its own rule
 * is stated for completeness but not checked, while the rule that no other module uses it is.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.jpwsh");
    private static final JavaClasses ENGINE = PRODUCTION.that(resideInAPackage("dev.jpwsh.engine.."));
    private static final int MAX_ENGINE_CLASS_LINES = 800;

    /** The engine's layers, bottom up, by package: a package may use its own layer and those below it. */
    private enum Layer {
        CORE("dev.jpwsh.engine.compile..", "dev.jpwsh.engine.node..", "dev.jpwsh.engine.exec..",
                "dev.jpwsh.engine.scope..", "dev.jpwsh.engine.command..", "dev.jpwsh.engine.types..",
                "dev.jpwsh.engine.host..", "dev.jpwsh.engine.languagemode..", "dev.jpwsh.engine.classes.."),
        SERVICES("dev.jpwsh.engine.event..", "dev.jpwsh.engine.job..", "dev.jpwsh.engine.modules..",
                "dev.jpwsh.engine.intrinsics..", "dev.jpwsh.engine.delegates..", "dev.jpwsh.engine.provider..",
                "dev.jpwsh.engine.languageapi..", "dev.jpwsh.engine.serialization.."),
        /** The hosting API, and the root package (ScriptRunner) alone, without its subpackages. */
        HOSTING("dev.jpwsh.engine", "dev.jpwsh.engine.runspaces..");

        private final String[] packages;

        Layer(String... packages) {
            this.packages = packages;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Layer> of(JavaClass javaClass) {
            String name = javaClass.getBaseComponentType().getPackageName();
            return Arrays.stream(values())
                    .filter(layer -> Arrays.stream(layer.packages).anyMatch(p -> PackageMatcher.of(p).matches(name)))
                    .findFirst();
        }
    }

    /**
     * Each module uses only the modules below it: jpwsh-language -> jpwsh-runtime -> jpwsh-dotnet -> jpwsh-engine ->
     * {jpwsh-commands, jpwsh-format, jpwsh-remoting} -> {jpwsh-console, jpwsh-jsr223} -> {jpwsh-bench,
     * jpwsh-conformance}, as their
     * poms declare; every class of ours belongs to one of them.
     */
    @Test
    void modulesUseOnlyTheModulesBelowThem() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("dev.jpwsh..")
                .layer("jpwsh-language").definedBy("dev.jpwsh.language..")
                .layer("jpwsh-runtime").definedBy("dev.jpwsh.runtime..")
                .layer("jpwsh-dotnet").definedBy("dev.jpwsh.dotnet..")
                .layer("jpwsh-engine").definedBy("dev.jpwsh.engine..")
                .layer("jpwsh-commands").definedBy("dev.jpwsh.commands..")
                .layer("jpwsh-format").definedBy("dev.jpwsh.format..")
                .layer("jpwsh-remoting").definedBy("dev.jpwsh.remoting..")
                .layer("jpwsh-console").definedBy("dev.jpwsh.console..")
                .layer("jpwsh-jsr223").definedBy("dev.jpwsh.jsr223..")
                .optionalLayer("jpwsh-bench").definedBy("dev.jpwsh.bench..")
                .optionalLayer("jpwsh-conformance").definedBy("dev.jpwsh.conformance..")
                .whereLayer("jpwsh-language").mayNotAccessAnyLayer()
                .whereLayer("jpwsh-runtime").mayOnlyAccessLayers("jpwsh-language")
                .whereLayer("jpwsh-dotnet").mayOnlyAccessLayers("jpwsh-runtime", "jpwsh-language")
                .whereLayer("jpwsh-engine").mayOnlyAccessLayers("jpwsh-dotnet", "jpwsh-runtime", "jpwsh-language")
                .whereLayer("jpwsh-commands").mayOnlyAccessLayers("jpwsh-engine", "jpwsh-dotnet", "jpwsh-runtime",
                        "jpwsh-language")
                .whereLayer("jpwsh-format").mayOnlyAccessLayers("jpwsh-engine", "jpwsh-dotnet", "jpwsh-runtime",
                        "jpwsh-language")
                .whereLayer("jpwsh-remoting").mayOnlyAccessLayers("jpwsh-engine", "jpwsh-dotnet", "jpwsh-runtime",
                        "jpwsh-language")
                .whereLayer("jpwsh-console").mayOnlyAccessLayers("jpwsh-remoting", "jpwsh-commands", "jpwsh-format",
                        "jpwsh-engine", "jpwsh-dotnet", "jpwsh-runtime", "jpwsh-language")
                // jpwsh-jsr223 has the commands and the format module at run time only (found as services)
                .whereLayer("jpwsh-jsr223").mayOnlyAccessLayers("jpwsh-engine", "jpwsh-dotnet", "jpwsh-runtime",
                        "jpwsh-language")
                .whereLayer("jpwsh-bench").mayOnlyAccessLayers("jpwsh-remoting", "jpwsh-commands", "jpwsh-engine",
                        "jpwsh-dotnet",
                        "jpwsh-runtime", "jpwsh-language")
                .whereLayer("jpwsh-conformance").mayOnlyAccessLayers("jpwsh-console", "jpwsh-jsr223", "jpwsh-remoting",
                        "jpwsh-commands", "jpwsh-format", "jpwsh-engine", "jpwsh-dotnet", "jpwsh-runtime",
                        "jpwsh-language")
                .ensureAllClassesAreContainedInArchitecture()
                .check(PRODUCTION);
    }

    /** No module reaches back into one that uses it, through any chain of classes. */
    @Test
    void modulesFormNoCycle() {
        slices().matching("dev.jpwsh.(*)..").namingSlices("jpwsh-$1").should().beFreeOfCycles().check(PRODUCTION);
    }

    /**
     * Inside the engine, dependencies point down only: core (compiled nodes, frames and scopes, commands and binding,
     * types and conversions, the host SPI, the language-mode gate) uses no session service and no hosting class;
     * services (events, jobs, modules, intrinsics, delegates, providers) use only the core; hosting (runspaces and the
     * root package) uses both. Where a lower layer must call up, it calls an interface of its own that the upper
     * layer installs. Every engine class belongs to a layer.
     */
    @Test
    void engineLayersUseOnlyTheirOwnAndLowerLayers() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("dev.jpwsh.engine..")
                .layer(Layer.CORE.label()).definedBy(Layer.CORE.packages)
                .layer(Layer.SERVICES.label()).definedBy(Layer.SERVICES.packages)
                .layer(Layer.HOSTING.label()).definedBy(Layer.HOSTING.packages)
                .whereLayer(Layer.CORE.label()).mayNotAccessAnyLayer()
                .whereLayer(Layer.SERVICES.label()).mayOnlyAccessLayers(Layer.CORE.label())
                .whereLayer(Layer.HOSTING.label()).mayOnlyAccessLayers(Layer.SERVICES.label(), Layer.CORE.label())
                .ensureAllClassesAreContainedInArchitecture()
                .check(ENGINE);
    }

    /** No chain of classes leads from a layer of the engine back into itself through another. */
    @Test
    void engineLayersFormNoCycle() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return Layer.of(javaClass).map(layer -> SliceIdentifier.of(layer.label()))
                        .orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "the engine's layers";
            }
        }).should().beFreeOfCycles().check(ENGINE);
    }

    /**
     * The engine's package-to-package arrows, counted: none may point from a lower layer to a higher one. Prints the
     * count of all arrows and of the upward ones (the figure the layering is measured by), and names each upward one.
     */
    @Test
    void enginePackageArrowsPointDownOnly() {
        SortedSet<String> arrows = new TreeSet<>();
        SortedSet<String> upward = new TreeSet<>();
        for (JavaClass origin : ENGINE) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String from = origin.getPackageName();
                String to = target.getPackageName();
                if (from.equals(to) || !PackageMatcher.of("dev.jpwsh.engine..").matches(to)) {
                    continue;
                }
                arrows.add(from + " -> " + to);
                Optional<Layer> fromLayer = Layer.of(origin);
                Optional<Layer> toLayer = Layer.of(target);
                if (fromLayer.isPresent() && toLayer.isPresent() && toLayer.get().compareTo(fromLayer.get()) > 0) {
                    upward.add(String.format("%s -> %s (%s -> %s)", from, to, fromLayer.get().label(),
                            toLayer.get().label()));
                }
            }
        }
        System.out.printf("jpwsh-engine: %d package-to-package arrows, %d pointing up%n", arrows.size(), upward.size());
        assertThat(upward).as("package arrows from a lower layer of the engine to a higher one").isEmpty();
    }

    /** Small classes: no source file of a top-level engine class is over 800 lines. */
    @Test
    void engineClassesHaveAtMost800Lines() {
        Path sources = Path.of("jpwsh-engine/src/main/java");
        classes().that().areTopLevelClasses()
                .should(haveAtMostLines(MAX_ENGINE_CLASS_LINES, repositoryRoot(), sources))
                .check(ENGINE);
    }

    /** Counts the lines of each class's source file, found below {@code sources} in {@code root}. */
    private static ArchCondition<JavaClass> haveAtMostLines(int max, Path root, Path sources) {
        return new ArchCondition<>("have at most " + max + " lines of source") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String fileName = javaClass.getSource().flatMap(Source::getFileName)
                        .orElse(javaClass.getSimpleName() + ".java");
                Path file = sources.resolve(javaClass.getPackageName().replace('.', '/')).resolve(fileName);
                long lines = lineCount(root.resolve(file));
                events.add(new SimpleConditionEvent(javaClass, lines <= max,
                        String.format("%s has %d lines (%s)", javaClass.getName(), lines, file)));
            }
        };
    }

    private static long lineCount(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository's root, found above this test's class files ({@code jpwsh-conformance/target/test-classes}), so
     * that it does not matter which directory the test runs in.
     */
    private static Path repositoryRoot() {
        Path start;
        try {
            start = Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("jpwsh-engine/src/main/java"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no jpwsh-engine/src/main/java in " + start + " or above it");
    }
}
