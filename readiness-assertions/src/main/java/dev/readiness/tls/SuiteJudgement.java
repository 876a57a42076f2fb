package dev.readiness.tls;

import java.util.ArrayList;
import java.util.List;

/** Names every weakness of one suite, for messages and the report. */
final class SuiteJudgement {

  private SuiteJudgement() {}

  static List<String> weaknessLabels(CipherSuite suite) {
    List<String> labels = new ArrayList<>();
    for (SuiteWeakness weakness : SuiteWeakness.values()) {
      if (suite.weaknesses().contains(weakness)) {
        labels.add(weakness.label());
      }
    }
    if (suite.isShortKey() && !suite.weaknesses().contains(SuiteWeakness.NULL)) {
      labels.add(suite.bits() + "-bit key");
    }
    if (!suite.tls13() && !"ECDHE".equals(suite.keyExchange()) && !suite.weaknesses().contains(SuiteWeakness.ANON)) {
      labels.add(suite.keyExchange() + " key exchange");
    }
    return labels;
  }
}
