package dev.readiness.hsts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HstsHeaderTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      max-age=31536000                                 | 31536000 | false | false | false
      max-age=31536000; includeSubDomains              | 31536000 | true  | false | false
      MAX-AGE=10;INCLUDESUBDOMAINS;PRELOAD             | 10       | true  | true  | false
      `  max-age = 5 ;  includeSubDomains  `           | 5        | true  | false | false
      max-age="63072000"; includeSubDomains            | 63072000 | true  | false | true
      includeSubDomains; max-age=100                   | 100      | true  | false | false
      max-age=100;;                                    | 100      | false | false | false
      `;max-age=100`                                   | 100      | false | false | false
      max-age=100; unknown-directive=foo               | 100      | false | false | false
      max-age=100; ext="quoted; with semicolon"        | 100      | false | false | false
      max-age=0                                        | 0        | false | false | false
      max-age=0000031536000                            | 31536000 | false | false | false
      max-age=99999999999999999999999                  | 9223372036854775807 | false | false | false
      """)
  void parsesValidHeaders(String raw, long maxAge, boolean subDomains, boolean preload, boolean quoted) {
    HstsParse parse = HstsHeader.parse(raw);

    assertThat(parse.error()).isEmpty();
    assertThat(parse.header()).contains(new HstsHeader(maxAge, subDomains, preload, quoted));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      max-age=1; max-age=2                             | directive 'max-age' appears more than once
      max-age=1; includeSubDomains; INCLUDESUBDOMAINS  | directive 'INCLUDESUBDOMAINS' appears more than once
      includeSubDomains                                | the required max-age directive is missing
      max-age                                          | max-age has no value
      max-age=                                         | value '' of max-age is neither a token nor a quoted string
      max-age=abc                                      | max-age value 'abc' is not a number of seconds
      max-age=-1                                       | max-age value '-1' is not a number of seconds
      max-age=1.5                                      | max-age value '1.5' is not a number of seconds
      `max-age=31536000, max-age=1`                    | value '31536000, max-age=1' of max-age is neither a token nor a quoted string
      max-age=1; includeSubDomainsX=                   | value '' of includeSubDomainsX is neither a token nor a quoted string
      max-age=1; preload=1                             | preload takes no value
      max-age=1; includeSubDomains=yes                 | includeSubDomains takes no value
      max-age="100                                     | quoted value of max-age is not terminated
      max-age="100"x                                   | text follows the quoted value of max-age
      max age=100                                      | 'max age' is not a valid directive name
      `   `                                            | the header value is empty
      """)
  void rejectsInvalidHeaders(String raw, String reason) {
    HstsParse parse = HstsHeader.parse(raw);

    assertThat(parse.isValid()).isFalse();
    assertThat(parse.error()).contains(reason);
  }

  @org.junit.jupiter.api.Test
  void ignoresLookalikeDirectiveNames() {
    HstsParse parse = HstsHeader.parse("max-age=10; includeSubDomainsX");

    assertThat(parse.header()).contains(new HstsHeader(10, false, false, false));
  }

  @org.junit.jupiter.api.Test
  void treatsNullAsEmpty() {
    assertThat(HstsHeader.parse(null).error()).contains("the header value is empty");
  }
}
