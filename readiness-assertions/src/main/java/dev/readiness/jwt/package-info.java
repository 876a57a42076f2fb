/** JSON Web Token checks: lifetime, algorithm, signature enforcement and guessable HMAC secrets. */
package dev.readiness.jwt;
