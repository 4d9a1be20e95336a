package com.restwise;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
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
        restwise = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.restwise");
    }

    @Test
    void theEngineUsesNothingOfOursOutsideIt() {
        noClasses()
                .that()
                .resideInAPackage("com.restwise.engine..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("com.restwise..").and(resideOutsideOfPackage("com.restwise.engine..")))
                .check(restwise);
    }

    @Test
    void noJavaFxOutsideTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.restwise.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(restwise);
    }

    @Test
    void noAwtOutsideTheReportAndItsPictures() {
        noClasses()
                .that()
                .resideOutsideOfPackages("com.restwise.report..", "com.restwise.picture..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
                .check(restwise);
    }

    @Test
    void theEngineAndItsAlignmentModelHaveNoCycle() {
        // the engine's own package uses the alignment model, so the model must not use it back
        noClasses()
                .that()
                .resideInAPackage("com.restwise.engine.alignment..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.restwise.engine")
                .check(restwise);
        slices().matching("com.restwise.engine.(*)..").should().beFreeOfCycles().check(restwise);
    }

    /** The UI's feature packages; {@code common} and {@code advice} are shared, {@code app} puts them together. */
    private static final List<String> FEATURES = List.of("wizard", "records", "saved", "report", "help");

    @Test
    void uiFeaturesUseEachOtherOnlyThroughCommonAndAdvice() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream()
                    .filter(f -> !f.equals(feature))
                    .map(f -> "com.restwise.ui." + f + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("com.restwise.ui." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("a feature reaches another only through common's roles, and app wires them")
                    .check(restwise);
        }
    }

    @Test
    void onlyTheAppKnowsEveryFeature() {
        noClasses()
                .that()
                .resideInAPackage("com.restwise.ui..")
                .and()
                .resideOutsideOfPackage("com.restwise.ui.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.restwise.ui.app..")
                .check(restwise);
        String[] features =
                FEATURES.stream().map(f -> "com.restwise.ui." + f + "..").toArray(String[]::new);
        noClasses()
                .that()
                .resideInAnyPackage("com.restwise.ui.common..", "com.restwise.ui.advice..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(features)
                .check(restwise);
        noClasses()
                .that()
                .resideInAPackage("com.restwise.ui.common..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.restwise.ui.advice..")
                .check(restwise);
    }

    @Test
    void viewModelsHoldNoControlsAnimationsOrApplication() {
        noClasses()
                .that()
                .resideInAPackage("com.restwise.ui..")
                .and()
                .haveNameMatching(".*Model(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.animation..", "javafx.application..")
                .because("a view model is tested without a toolkit; time and threads come from UiWork and Delay")
                .check(restwise);
    }
}
