/**
 * The stack profile: {@code readiness.yaml} read into an immutable {@link dev.readiness.profile.StackProfile}.
 *
 * <p>Every key, type, URL, origin and duration is validated when the profile is read; a problem is a
 * {@link dev.readiness.profile.ProfileException} naming the key and the line.
 */
package dev.readiness.profile;
