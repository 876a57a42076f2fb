package dev.readiness.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Dockerfile, compose, port, env-read and secret-value parsers on the forms they must understand. */
class RepositoryParsersTest {

  @Test
  void dockerfileJoinsContinuationsSubstitutesArgsAndKeepsStages() {
    Dockerfile dockerfile = DockerfileParser.parse(Path.of("Dockerfile"), """
        ARG BASE=python
        ARG TAG="3.12.7-slim"
        FROM --platform=$BUILDPLATFORM ${BASE}:${TAG} AS build
        RUN pip wheel \\
            -r requirements.txt
        USER root
        FROM build AS test
        FROM \\
          gcr.io/distroless/python3-debian12:nonroot
        # USER root
        USER nonroot:nonroot
        HEALTHCHECK --interval=5s \\
          CMD ["/app/health"]
        """);
    assertThat(dockerfile.stages()).containsExactly(
        new DockerStage("python:3.12.7-slim", 3, false, Optional.of("root"), false),
        new DockerStage("build", 7, true, Optional.empty(), false),
        new DockerStage("gcr.io/distroless/python3-debian12:nonroot", 8, false, Optional.of("nonroot:nonroot"),
            true));
  }

  @Test
  void healthcheckNoneDisablesTheInheritedCheck() {
    Dockerfile dockerfile = DockerfileParser.parse(Path.of("Dockerfile"), "FROM a:1\nHEALTHCHECK NONE\n");
    assertThat(dockerfile.finalStage()).map(DockerStage::healthcheck).contains(false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      27017                       | ''          | ''      | 27017     | false
      8080:80                     | ''          | 8080    | 80        | false
      127.0.0.1:27017:27017       | 127.0.0.1   | 27017   | 27017     | true
      127.0.0.1::6379             | 127.0.0.1   | ''      | 6379      | true
      [::1]:5432:5432/tcp         | ::1         | 5432    | 5432      | true
      0.0.0.0:8000-8010:8000-8010 | 0.0.0.0     | 8000-8010 | 8000-8010 | false
      """)
  void portShortSyntax(String written, String hostIp, String published, String target, boolean loopback) {
    PortBinding binding = PortBinding.parse(written);
    assertThat(binding).isEqualTo(new PortBinding(hostIp, published, target, written));
    assertThat(binding.isLoopbackOnly()).isEqualTo(loopback);
  }

  @Test
  void composeReadsEveryFormTheChecksJudge() {
    List<ComposeService> services = ComposeParser.parse(Path.of("deploy/compose.yaml"), """
        services:
          db:
            image: postgres:${PG_TAG:-16.4}
            user: "999"
            ports:
              - target: 5432
                published: "5432"
                host_ip: 127.0.0.1
            mem_limit: 1g
            cpus: 2
            healthcheck:
              disable: true
            environment: [POSTGRES_PASSWORD, POSTGRES_DB=app]
          api:
            build: {context: ../api, dockerfile: Dockerfile.prod}
            deploy: {resources: {limits: {memory: 256M}}}
            healthcheck: {test: ["CMD", "true"]}
            environment: {TOKEN: "${TOKEN}"}
        """);
    ComposeService db = services.get(0);
    assertThat(db.image()).contains("postgres:16.4");
    assertThat(db.user()).contains("999");
    assertThat(db.ports()).singleElement().extracting(PortBinding::hostIp).isEqualTo("127.0.0.1");
    assertThat(db.memoryLimit()).isTrue();
    assertThat(db.cpuLimit()).isTrue();
    assertThat(db.healthcheck()).isFalse();
    assertThat(db.environment()).containsEntry("POSTGRES_PASSWORD", null).containsEntry("POSTGRES_DB", "app");
    ComposeService api = services.get(1);
    assertThat(api.build()).contains(Path.of("api/Dockerfile.prod"));
    assertThat(api.memoryLimit()).isTrue();
    assertThat(api.cpuLimit()).isFalse();
    assertThat(api.healthcheck()).isTrue();
    assertThat(api.environment()).containsEntry("TOKEN", "${TOKEN}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      src/a.ts         | const { DB_HOST, DB_PORT: port } = process.env; process.env.API_KEY | DB_HOST,DB_PORT,API_KEY
      web/main.tsx     | fetch(import.meta.env.VITE_API + process.env["SENTRY_DSN"])        | VITE_API,SENTRY_DSN
      app/settings.py  | os.environ['A']; os.environ.get("B", "x"); getenv('C')             | A,B,C
      App.java         | String url = System.getenv("DATABASE_URL");                        | DATABASE_URL
      main.go          | os.Getenv("LISTEN"); v, ok := os.LookupEnv("DEBUG")               | LISTEN,DEBUG
      lib/env.dart     | bool.fromEnvironment('PROD'); dotenv.env['MAPS_KEY']              | PROD,MAPS_KEY
      docker-compose.yml | image: app:${TAG:-1.0} $${NOT_A_READ} ${REGISTRY}               | TAG,REGISTRY
      README.md        | process.env.NOT_CODE                                               | ''
      """)
  void envReadsByLanguage(String file, String line, String names) {
    List<String> expected = names == null || names.isEmpty() ? List.of() : List.of(names.split(","));
    assertThat(EnvVarReader.scan(Path.of(file), "\n" + line)).extracting(EnvVarRead::name)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(EnvVarReader.scan(Path.of(file), "\n" + line)).allMatch(read -> read.line() == 2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      mongo                         | it has no tag, so it means :latest
      mongo:latest                  | it uses :latest
      localhost:5000/app            | it has no tag, so it means :latest
      app:${TAG}                    | its tag comes from a variable without a default
      localhost:5000/app:1.2        | ''
      nginx@sha256:0123abcd         | ''
      """)
  void pinnedImages(String image, String problem) {
    assertThat(PinnedImagePolicy.problem(image).orElse("")).isEqualTo(problem == null ? "" : problem);
  }
}
