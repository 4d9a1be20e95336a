package com.restwise;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the code keeps: a pure engine, JavaFX only in the UI, AWT only where pictures are
 * drawn for the PDF. Breaking one fails the build with the offending class and call.
 */
class LayeringTest {

    private static JavaClasses restwise;

    @BeforeAll
    static void importClasses() {
        restwise = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.restwise");
    }

    @Test
    void theEngineUsesNothingOfOursOutsideIt() {
        noClasses().that().resideInAPackage("com.restwise.engine..")
                .should().dependOnClassesThat(resideInAPackage("com.restwise..")
                        .and(resideOutsideOfPackage("com.restwise.engine..")))
                .check(restwise);
    }

    @Test
    void noJavaFxOutsideTheUi() {
        noClasses().that().resideOutsideOfPackage("com.restwise.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(restwise);
    }

    @Test
    void noAwtOutsideTheReportAndItsPictures() {
        noClasses().that().resideOutsideOfPackages("com.restwise.report..", "com.restwise.picture..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
                .check(restwise);
    }

    @Test
    void theEngineAndItsAlignmentModelHaveNoCycle() {
        // the engine's own package uses the alignment model, so the model must not use it back
        noClasses().that().resideInAPackage("com.restwise.engine.alignment..")
                .should().dependOnClassesThat().resideInAPackage("com.restwise.engine")
                .check(restwise);
        slices().matching("com.restwise.engine.(*)..").should().beFreeOfCycles().check(restwise);
    }
}
