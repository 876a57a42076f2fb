/** Cookies: the Set-Cookie parser and the {@code cookies.*} checks. */
package dev.readiness.cookies;
