package dev.readiness.stacks;

/** FastAPI on uvicorn, Debian's packages, with a login-limiting middleware ({@code src/test/stacks/fastapi}). */
class FastApiStackIT extends ApplicationStackTests {

  @Override
  ApplicationStack stack() {
    return ApplicationStack.FASTAPI;
  }
}
