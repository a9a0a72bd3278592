package org.collateralfinder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers point one way: gui → app (the window's services) and cli → logic packages → model (see STYLE.md). */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.collateralfinder");
    }

    @Test
    void modelDependsOnNothingOfTheProject() {
        noClasses().that().resideInAPackage("org.collateralfinder.model..").should().dependOnClassesThat()
                .resideInAnyPackage("org.collateralfinder.sources..", "org.collateralfinder.extract..", "org.collateralfinder.index..", "org.collateralfinder.search..", "org.collateralfinder.feedback..",
                        "org.collateralfinder.offline..", "org.collateralfinder.task..", "org.collateralfinder.cli..", "org.collateralfinder.gui..", "org.collateralfinder.datadir..",
                        "org.collateralfinder.settings..", "org.collateralfinder.settingsfile..", "org.collateralfinder.diagnostics..",
                        "org.collateralfinder.teamindex..", "org.collateralfinder.slides..")
                .check(classes);
    }

    /**
     * {@code settingsfile} (a feature's properties file, read whole and replaced atomically) is a leaf like
     * {@code model}: every feature may keep its settings with it (feedback and offline do), so it may use
     * nothing of the project itself.
     */
    @Test
    void settingsFilesDependOnNothingOfTheProject() {
        noClasses().that().resideInAPackage("org.collateralfinder.settingsfile..").should().dependOnClassesThat()
                .resideInAnyPackage("org.collateralfinder.model..", "org.collateralfinder.sources..", "org.collateralfinder.extract..",
                        "org.collateralfinder.index..", "org.collateralfinder.search..", "org.collateralfinder.feedback..",
                        "org.collateralfinder.offline..", "org.collateralfinder.task..", "org.collateralfinder.cli..", "org.collateralfinder.gui..",
                        "org.collateralfinder.datadir..", "org.collateralfinder.settings..", "org.collateralfinder.diagnostics..")
                .check(classes);
    }

    @Test
    void logicPackagesNeverUseTheUserInterfaces() {
        noClasses().that().resideInAnyPackage("org.collateralfinder.sources..", "org.collateralfinder.extract..", "org.collateralfinder.index..", "org.collateralfinder.search..",
                        "org.collateralfinder.feedback..", "org.collateralfinder.offline..", "org.collateralfinder.task..", "org.collateralfinder.datadir..", "org.collateralfinder.model..",
                        "org.collateralfinder.settings..", "org.collateralfinder.settingsfile..", "org.collateralfinder.diagnostics..",
                        "org.collateralfinder.teamindex..", "org.collateralfinder.slides..")
                .should().dependOnClassesThat().resideInAnyPackage("org.collateralfinder.cli..", "org.collateralfinder.gui..",
                        "org.collateralfinder.app..", "javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void commandLineAndDesktopAppAreIndependent() {
        noClasses().that().resideInAPackage("org.collateralfinder.cli..").should().dependOnClassesThat().resideInAPackage("org.collateralfinder.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.collateralfinder.cli..").should().dependOnClassesThat().resideInAPackage("org.collateralfinder.gui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.collateralfinder.gui..").should().dependOnClassesThat().resideInAPackage("org.collateralfinder.cli..")
                .allowEmptyShould(true).check(classes);
    }

    /** Offline copies use model and sources, and keep their budget in a {@code settingsfile}. */
    @Test
    void offlineCopiesUseOnlyModelAndSources() {
        noClasses().that().resideInAPackage("org.collateralfinder.offline..").should().dependOnClassesThat()
                .resideInAnyPackage("org.collateralfinder.extract..", "org.collateralfinder.index..",
                        "org.collateralfinder.search..", "org.collateralfinder.feedback..", "org.collateralfinder.task..",
                        "org.collateralfinder.datadir..")
                .check(classes);
    }

    @Test
    void sourcesAndIndexKnowNothingOfTeamDefaultsOrDiagnostics() {
        noClasses().that().resideInAnyPackage("org.collateralfinder.sources..", "org.collateralfinder.index..",
                        "org.collateralfinder.extract..", "org.collateralfinder.search..", "org.collateralfinder.settings..")
                .should().dependOnClassesThat().resideInAPackage("org.collateralfinder.diagnostics..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.collateralfinder.sources..", "org.collateralfinder.index..",
                        "org.collateralfinder.extract..", "org.collateralfinder.search..")
                .should().dependOnClassesThat().resideInAPackage("org.collateralfinder.settings..")
                .check(classes);
    }

    /**
     * The team index (publishing a share's index, copying it to laptops) sits on {@code index}: it uses model,
     * sources, index and task, and nothing below it knows it; the command line and the window call it.
     */
    @Test
    void teamIndexSitsOnTheIndexAndNothingBelowKnowsIt() {
        noClasses().that().resideInAPackage("org.collateralfinder.teamindex..").should().dependOnClassesThat()
                .resideInAnyPackage("org.collateralfinder.search..", "org.collateralfinder.feedback..",
                        "org.collateralfinder.offline..", "org.collateralfinder.extract..", "org.collateralfinder.settings..",
                        "org.collateralfinder.diagnostics..", "org.collateralfinder.datadir..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.collateralfinder.model..", "org.collateralfinder.sources..",
                        "org.collateralfinder.extract..", "org.collateralfinder.index..", "org.collateralfinder.search..",
                        "org.collateralfinder.feedback..", "org.collateralfinder.offline..", "org.collateralfinder.task..",
                        "org.collateralfinder.datadir..", "org.collateralfinder.settings..", "org.collateralfinder.settingsfile..")
                .should().dependOnClassesThat().resideInAPackage("org.collateralfinder.teamindex..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.collateralfinder.sources..", "org.collateralfinder.extract..", "org.collateralfinder.feedback..", "org.collateralfinder.task..")
                .should().dependOnClassesThat().resideInAnyPackage("org.collateralfinder.index..", "org.collateralfinder.search..")
                .check(classes);
        noClasses().that().resideInAPackage("org.collateralfinder.index..").should().dependOnClassesThat().resideInAPackage("org.collateralfinder.search..")
                .check(classes);
    }

    /** Decks built from slides read files with POI and PDFBox and use only the model: no index, search or feedback. */
    @Test
    void decksUseOnlyTheModel() {
        noClasses().that().resideInAPackage("org.collateralfinder.slides..").should().dependOnClassesThat()
                .resideInAnyPackage("org.collateralfinder.sources..", "org.collateralfinder.extract..", "org.collateralfinder.index..",
                        "org.collateralfinder.search..", "org.collateralfinder.feedback..", "org.collateralfinder.offline..",
                        "org.collateralfinder.task..", "org.collateralfinder.datadir..", "org.collateralfinder.settings..",
                        "org.collateralfinder.teamindex..", "org.collateralfinder.diagnostics..")
                .check(classes);
    }
}
