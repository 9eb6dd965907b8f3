package com.copydesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of architecture.md: data walks one way, and only the window knows JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.copydesk");
    }

    @Test
    void layersOnlyDependDownwards() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("App").definedBy("com.copydesk.app..")
                .layer("Ui").definedBy("com.copydesk.ui..")
                .layer("Cli").definedBy("com.copydesk.cli..")
                .layer("Review").definedBy("com.copydesk.review..")
                .layer("Importer").definedBy("com.copydesk.importer..")
                .layer("Rules").definedBy("com.copydesk.rules..")
                .layer("Export").definedBy("com.copydesk.export..")
                .layer("Store").definedBy("com.copydesk.store..")
                .layer("Interchange").definedBy("com.copydesk.interchange..")
                .layer("Model").definedBy("com.copydesk.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Review").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
                .whereLayer("Importer").mayOnlyBeAccessedByLayers("App", "Review")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("App", "Review")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("App", "Review")
                // The faces handle the store's one failure type: "the store cannot be used" (and its
                // kind "damaged", for which the window offers a backup and recovery).
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Review")
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                com.copydesk.store.StoreException.class))
                // the fault tests' named halt points, reached by the export too
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                com.copydesk.store.FaultPoint.class))
                .whereLayer("Interchange").mayOnlyBeAccessedByLayers("App", "Review", "Importer", "Store", "Export", "Rules")
                .check(classes);
    }

    @Test
    void theModelImportsNothingOfOursAndNoLibrary() {
        classes().that().resideInAPackage("com.copydesk.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.copydesk.model..", "java..")
                .check(classes);
    }

    @Test
    void nothingBelowTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.copydesk.ui..", "com.copydesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("com.copydesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.copydesk.ui..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("com.copydesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Every package is a slice, not only the top ones: a rule's check knows the registry's types, never the registry. */
    @Test
    void noCyclesBetweenAnyTwoPackages() {
        slices().matching("com.copydesk.(**)").should().beFreeOfCycles().check(classes);
    }

    /** A pane gets its own view model and narrow inputs from the desk (ui.main composes them), never the desk. */
    @Test
    void noPaneKnowsTheDesk() {
        noClasses().that().resideInAPackage("com.copydesk.ui..").and().resideOutsideOfPackage("com.copydesk.ui.main")
                .and().resideOutsideOfPackage("com.copydesk.ui") // DeskWindow: the UI's wiring place
                .should().dependOnClassesThat().resideInAPackage("com.copydesk.ui.main")
                .check(classes);
    }

    /**
     * Only the store speaks SQL (architecture.md): no class outside {@code store} names a
     * {@code java.sql} type; the use cases hold a {@code store.Tx} and pass it back. Read from
     * the class files' constant pools, as {@code jdeps} reads them: ArchUnit does not see the
     * parameter types of lambdas, and {@code store.read(c -> ...)} hands a lambda a Connection.
     */
    @Test
    void onlyTheStoreSpeaksSql() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolveSibling("classes");
        java.util.Set<String> onJdbc = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(root.resolve("com/copydesk"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!name.startsWith("com/copydesk/store/") && text.contains("java/sql/")) {
                    onJdbc.add(name.replaceAll("(\\$.*)?\\.class$", ""));
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(onJdbc)
                .as("classes outside the store that name java.sql")
                .isEmpty();
    }
}
