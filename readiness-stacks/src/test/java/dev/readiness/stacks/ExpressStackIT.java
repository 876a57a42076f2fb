package dev.readiness.stacks;

/** Express 5 + helmet + cors + express-rate-limit + multer + jsonwebtoken ({@code src/test/stacks/express}). */
class ExpressStackIT extends ApplicationStackTests {

  @Override
  ApplicationStack stack() {
    return ApplicationStack.EXPRESS;
  }
}
