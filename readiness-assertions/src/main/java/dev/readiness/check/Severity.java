package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How much a finding weighs: a {@link #FAIL} finding fails its check, a {@link #WARNING} is reported inside a pass. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Severity {
  /** Blocking: the check fails. */
  FAIL,
  /** Below the profile's bar: reported, but the check still passes. */
  WARNING
}
