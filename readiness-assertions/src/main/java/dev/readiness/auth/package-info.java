/** Authentication shared by checks: logging in with the profile's {@code auth.login}. */
package dev.readiness.auth;
