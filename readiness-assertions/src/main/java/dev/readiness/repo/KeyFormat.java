package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Credential formats that are secrets by their shape alone, whatever the variable is called (the way gitleaks and
 * detect-secrets recognise provider keys): a match is a real credential, never an instruction.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum KeyFormat {

  /** A PEM private key block, {@code -----BEGIN ... PRIVATE KEY-----}. */
  PRIVATE_KEY("a private key block", "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
  /**
   * An AWS access key ID ({@code AKIA}, {@code ASIA}... and 16 more characters); the documentation's sample keys,
   * which end in {@code EXAMPLE}, are not one.
   */
  AWS_ACCESS_KEY("an AWS access key ID",
      "(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])(?![A-Z0-9]{9}EXAMPLE)[A-Z0-9]{16}(?![A-Z0-9])"),
  /** A GitHub token: classic ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}) or fine-grained. */
  GITHUB_TOKEN("a GitHub token", "(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})"),
  /** A Slack token ({@code xoxb-}, {@code xoxp-}, ...). */
  SLACK_TOKEN("a Slack token", "xox[abposr]-[A-Za-z0-9-]{10,}"),
  /** A Slack incoming-webhook URL, which posts to a channel without any other credential. */
  SLACK_WEBHOOK("a Slack webhook URL", "hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9_/+-]{20,}"),
  /** A signed or unsigned JSON Web Token, {@code eyJ...}.{@code eyJ...}.{@code ...}. */
  JWT("a JSON Web Token", "eyJ[A-Za-z0-9_-]{2,}\\.eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*"),
  /** A Stripe live secret or restricted key. */
  STRIPE_LIVE_KEY("a Stripe live key", "(?:sk|rk)_live_[A-Za-z0-9]{20,}"),
  /** A Google API key. */
  GOOGLE_API_KEY("a Google API key", "AIza[0-9A-Za-z_-]{35}");

  private final String label;
  private final Pattern pattern;

  KeyFormat(String label, String regex) {
    this.label = label;
    this.pattern = Pattern.compile(regex);
  }

  /** @return what the format is, for messages: {@code an AWS access key ID} */
  public String label() {
    return label;
  }

  /** @return the first format found anywhere in {@code value}, empty when none */
  public static Optional<KeyFormat> find(String value) {
    return Arrays.stream(values()).filter(f -> f.pattern.matcher(value).find()).findFirst();
  }
}
