package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/dependencies.md's "What speaks HTTP to the stack" names real classes, and names every part of the
 * hand-written HTTP/1.1 engine ({@code KeepAlive*} and {@code Http1*} in {@code dev.readiness.http}), so a new part
 * of the engine cannot go unexplained.
 */
class DependenciesDocTest {

  private static final String SOURCES = "readiness-assertions/src/main/java/dev/readiness/";
  private static final List<String> JDK_CLASSES = List.of("SSLEngine");
  private static final Pattern CODE = Pattern.compile("`([A-Z][A-Za-z0-9]+)(?:\\.[a-z]\\w*)?`");

  private static String section() {
    String page = ProjectFiles.read("docs/dependencies.md");
    int start = page.indexOf("## What speaks HTTP to the stack");
    assertThat(start).as("the section in docs/dependencies.md").isNotNegative();
    int end = page.indexOf("\n## ", start + 1);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  @Test
  void everyClassTheSectionNamesExists() {
    Matcher names = CODE.matcher(section());
    int found = 0;
    while (names.find()) {
      String name = names.group(1);
      if (JDK_CLASSES.contains(name)) {
        continue;
      }
      assertThat(Stream.of("http", "tls", "ratelimit", "load")
          .anyMatch(area -> Files.isRegularFile(ProjectFiles.root().resolve(SOURCES + area + "/" + name + ".java"))))
          .as(name + " named in docs/dependencies.md is a class of readiness-assertions").isTrue();
      found++;
    }
    assertThat(found).isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyPartOfTheHandWrittenEngineIsNamed() throws IOException {
    String section = section();
    List<String> parts;
    try (Stream<Path> files = Files.list(ProjectFiles.root().resolve(SOURCES + "http"))) {
      parts = files.map(f -> f.getFileName().toString().replace(".java", ""))
          .filter(name -> name.startsWith("KeepAlive") || name.startsWith("Http1")).sorted().toList();
    }

    assertThat(parts).isNotEmpty();
    parts.forEach(part -> assertThat(section).as(part + " in docs/dependencies.md").contains("`" + part + "`"));
  }
}
