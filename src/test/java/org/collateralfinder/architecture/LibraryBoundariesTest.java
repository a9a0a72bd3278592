package org.collateralfinder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.collateralfinder.gui.archfixture.ViewModelReadingLucene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each library stays behind the one package that owns it (STYLE.md): Lucene in the index, search,
 * team index and diagnostics; SQL, H2 and Flyway in feedback; JavaFX in the window; Tika in
 * extraction; PDFBox and POI in extraction, the page pictures of the preview and the decks built from slides.
 */
class LibraryBoundariesTest {

    private static final String[] LUCENE_OWNERS = {"org.collateralfinder.index..", "org.collateralfinder.search..",
            "org.collateralfinder.teamindex..", "org.collateralfinder.diagnostics.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.collateralfinder");
    }

    static ArchRule luceneStaysInTheIndexAndSearch() {
        return noClasses().that().resideInAPackage("org.collateralfinder..").and().resideOutsideOfPackages(LUCENE_OWNERS)
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("views, the command line and the app's services ask the index and search packages, "
                        + "which keep the schema and the searchers in one place");
    }

    @Test
    void luceneIsUsedOnlyByTheIndexSearchTeamIndexAndDiagnostics() {
        luceneStaysInTheIndexAndSearch().check(classes);
    }

    @Test
    void theLuceneRuleRefusesAViewModelThatReadsTheIndex() {
        JavaClasses offending = new ClassFileImporter().importClasses(ViewModelReadingLucene.class);
        assertThat(luceneStaysInTheIndexAndSearch().evaluate(offending).getFailureReport().getDetails())
                .hasSize(2).allSatisfy(violation -> assertThat(violation)
                        .contains(ViewModelReadingLucene.class.getName(), "org.apache.lucene.index.IndexReader"));
    }

    @Test
    void sqlAndTheDatabaseAreUsedOnlyByFeedback() {
        noClasses().that().resideInAPackage("org.collateralfinder..").and().resideOutsideOfPackage("org.collateralfinder.feedback..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void javaFxIsUsedOnlyByTheWindow() {
        noClasses().that().resideInAPackage("org.collateralfinder..").and().resideOutsideOfPackage("org.collateralfinder.gui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void tikaIsUsedOnlyByExtraction() {
        noClasses().that().resideInAPackage("org.collateralfinder..").and().resideOutsideOfPackage("org.collateralfinder.extract..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.tika..")
                .check(classes);
    }

    @Test
    void pdfBoxAndPoiAreUsedOnlyByExtractionPagePicturesAndDecks() {
        noClasses().that().resideInAPackage("org.collateralfinder..")
                .and().resideOutsideOfPackages("org.collateralfinder.extract..", "org.collateralfinder.gui.preview..",
                        "org.collateralfinder.slides..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void theAppServicesKnowNothingOfTheWindowOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.collateralfinder.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.collateralfinder.gui..", "org.collateralfinder.cli..")
                .check(classes);
    }
}
