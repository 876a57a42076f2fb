package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;

/** The one account of the demo stack. Passwords are compared in constant time. */
final class DemoAccount {

  static final String USER = "alice";
  static final String PASSWORD = "correct-horse-battery-staple-7";

  private DemoAccount() {}

  /** @return whether the pair is this account's user name and password */
  static boolean matches(String user, String password) {
    boolean userMatches = MessageDigest.isEqual(USER.getBytes(UTF_8), user.getBytes(UTF_8));
    boolean passwordMatches = MessageDigest.isEqual(PASSWORD.getBytes(UTF_8), password.getBytes(UTF_8));
    return userMatches & passwordMatches;
  }
}
