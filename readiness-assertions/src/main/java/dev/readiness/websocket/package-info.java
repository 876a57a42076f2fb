/**
 * The {@code websocket.*} checks: handshakes over {@code wss://} (control) and {@code ws://}, with a foreign
 * {@code Origin}, and without credentials, through the target's bounded {@link dev.readiness.http.HttpProbe}.
 */
package dev.readiness.websocket;
