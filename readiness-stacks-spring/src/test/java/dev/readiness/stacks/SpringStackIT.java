package dev.readiness.stacks;

/**
 * Spring Boot 3.5 + Spring Security with its default headers and a login limiter (readiness-stacks-spring), the
 * same expectations as the Express and FastAPI stacks.
 */
class SpringStackIT extends ApplicationStackTests {

  @Override
  SpringStack stack() {
    return SpringStack.INSTANCE;
  }
}
