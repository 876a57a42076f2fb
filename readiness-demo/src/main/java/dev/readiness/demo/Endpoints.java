package dev.readiness.demo;

/** The paths of the demo API, shared by the routes and the stack profile so the two cannot drift apart. */
final class Endpoints {

  static final String HOME = "/";
  static final String HEALTH = "/health";
  static final String LOGIN = "/api/auth/login";
  static final String REFRESH = "/api/auth/refresh";
  static final String ROOMS = "/api/rooms";
  static final String FILES = "/api/files";
  static final String DOTENV = "/.env";
  static final String DOCS = "/docs";
  static final String OPENAPI = "/openapi.json";

  private Endpoints() {}
}
