package dev.readiness.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Testcontainers is optional: on a class path without it (and without docker-java) the catalogue loads and the
 * container checks' scan and the runtime checks' control report what to add instead of failing to link.
 */
class WithoutTestcontainersTest {

  private static URLClassLoader withoutTestcontainers() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    URL[] urls = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.contains("testcontainers") && !entry.contains("docker-java"))
        .map(entry -> {
          try {
            return Path.of(entry).toUri().toURL();
          } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        })
        .toArray(URL[]::new);
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theClassPathOfThisTestHasNoTestcontainers() throws Exception {
    try (URLClassLoader loader = withoutTestcontainers()) {
      assertThatThrownBy(() -> loader.loadClass("org.testcontainers.DockerClientFactory"))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void catalogueLoadsWithBothContainerChecks() throws Exception {
    try (URLClassLoader loader = withoutTestcontainers()) {
      List<?> checks = (List<?>) loader.loadClass("dev.readiness.catalog.CheckCatalog").getMethod("all").invoke(null);

      assertThat(checks).extracting(check -> check.getClass().getName())
          .contains(ContainerUserCheck.class.getName(), ContainerPrivilegedCheck.class.getName());
    }
  }

  @Test
  void scanSaysToAddTestcontainers() throws Exception {
    try (URLClassLoader loader = withoutTestcontainers()) {
      Object scan = loader.loadClass(ContainerScan.class.getName()).getMethod("of", List.class)
          .invoke(null, List.of("web"));

      Optional<?> failure = (Optional<?>) scan.getClass().getMethod("failure").invoke(scan);

      assertThat(failure.map(Object::toString)).contains(
          "the container checks read containers through Testcontainers' Docker client: add "
              + "org.testcontainers:testcontainers to the class path");
    }
  }

  @Test
  void controlSaysToAddTestcontainers() throws Exception {
    try (URLClassLoader loader = withoutTestcontainers()) {
      var connect = loader.loadClass(ContainerControl.class.getName()).getMethod("connect");

      assertThatThrownBy(() -> connect.invoke(null)).cause()
          .hasMessage("the runtime checks drive containers through Testcontainers' Docker client: add "
              + "org.testcontainers:testcontainers to the class path");
    }
  }
}
