package org.collateralfinder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The app opens no network port: no project class may create a server socket or start H2's TCP, web
 * or PostgreSQL servers, and file names are never handed to a shell.
 */
class NoNetworkPortTest {

    @Test
    void noProjectClassListensOnTheNetworkOrRunsAShell() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.collateralfinder");
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.AsynchronousServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.sun.net.httpserver.HttpServer")
                .orShould().dependOnClassesThat().resideInAPackage("org.h2.server..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.h2.tools.Server")
                .orShould().callMethod(Runtime.class, "exec", String.class)
                .because("a rep's laptop must not expose a port, and file names must never pass through a shell")
                .check(classes);
    }
}
