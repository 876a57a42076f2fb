/** HTTPS everywhere: the {@code https.redirect} check and its policy. */
package dev.readiness.https;
