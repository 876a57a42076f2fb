package dev.readiness.demo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How the demo stack signs its access tokens. Either is hardened: the verifier pins the algorithm and checks the
 * signature with a strong key. {@link Misconfiguration#JWT_ES256_PSYCHIC_SIGNATURE} implies {@link #ES256}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TokenSigning {

  /** HMAC-SHA256 with a random 256-bit key (the default). */
  HS256,

  /** ECDSA on P-256 with SHA-256, with a key pair made when the stack starts; verified by Nimbus JOSE+JWT. */
  ES256
}
