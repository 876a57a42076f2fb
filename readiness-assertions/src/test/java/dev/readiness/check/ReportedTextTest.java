package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportedTextTest {

  @Test
  void keepsATextThatFits() {
    assertThat(ReportedText.cap("short", 5)).isEqualTo("short");
  }

  @Test
  void cutsALongTextToItsCapWithAMarkerSayingHowMuchWasCut() {
    String capped = ReportedText.cap("x".repeat(100_000), 2048);

    assertThat(capped).hasSize(2048).startsWith("xxxx").endsWith(" ... [97952 more characters cut]");
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    String capped = ReportedText.cap("a".repeat(9) + "\uD83D\uDE00" + "b".repeat(100), 40);

    assertThat(capped).doesNotContain("\uD83D ...");
  }

  @Test
  void keepsAtMostAHundredEvidenceItemsAndCountsTheRest() {
    List<Evidence> evidence = IntStream.range(0, 8000).mapToObj(i -> Evidence.of("GET /o" + i + " -> 200")).toList();

    List<Evidence> capped = ReportedText.capEvidence(evidence);

    assertThat(capped).hasSize(ReportedText.MAX_EVIDENCE).startsWith(evidence.get(0));
    assertThat(capped.get(99).title()).isEqualTo("... 7901 more exchanges not shown");
  }
}
