package dev.readiness.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.readiness");

  @Test
  void coreDoesNotDependOnJUnit() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..")
        .because("readiness-assertions is framework-neutral: any test framework can use it")
        .check(CORE);
  }

  @Test
  void policiesDoNoIo() {
    noClasses().that().haveSimpleNameEndingWith("Policy")
        .should().dependOnClassesThat(resideInAnyPackage("okhttp3..", "okio..", "java.net.http..", "java.nio.file..",
            "java.nio.channels..", "javax.net..")
            .or(belongToAnyOf(java.net.Socket.class, java.net.ServerSocket.class, java.net.URL.class,
                java.net.HttpURLConnection.class, java.net.InetAddress.class, java.io.File.class,
                java.io.FileInputStream.class, java.io.FileOutputStream.class)))
        .because("policies are pure functions from evidence to findings; probes do the I/O")
        .check(CORE);
  }

  @Test
  void okHttpStaysInsideTheHttpProbe() {
    noClasses().that().resideOutsideOfPackage("dev.readiness.http..")
        .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
        .because("one HTTP probe client serves every check; checks talk to it, not to OkHttp")
        .check(CORE);
  }

  @Test
  void checksAreNamedForWhatTheyCheck() {
    classes().that().implement(dev.readiness.check.Check.class)
        .should().haveSimpleNameEndingWith("Check")
        .check(CORE);
  }

  @Test
  void testcontainersStaysInsideTheDockerInspectorAndControl() {
    noClasses().that(com.tngtech.archunit.base.DescribedPredicate.not(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                dev.readiness.container.DockerContainerInspector.class,
                dev.readiness.container.DockerContainerControl.class)))
        .should().dependOnClassesThat().resideInAnyPackage("org.testcontainers..", "com.github.dockerjava..")
        .because("Testcontainers is optional: every other class must load and run without it")
        .check(CORE);
  }
}
