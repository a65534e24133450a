package dev.amba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmbaApiExceptionTest {

  private static AmbaApiException withCode(String code) {
    return new AmbaApiException(404, code, "x", "rid", null, null);
  }

  @Test
  void hasCode_matchesEitherSpellingOfTheSameCode() {
    assertThat(withCode("not_found").hasCode("NOT_FOUND")).isTrue();
    assertThat(withCode("not_found").hasCode("not_found")).isTrue();
    assertThat(withCode("NOT_FOUND").hasCode("not_found")).isTrue();
    assertThat(withCode("User_Not_Found").hasCode("user_NOT_found")).isTrue();
  }

  @Test
  void hasCode_refusesOtherCodes() {
    assertThat(withCode("not_found").hasCode("user_not_found")).isFalse();
    assertThat(withCode("not_found").hasCode("not_foun")).isFalse();
    assertThat(withCode("not_found").hasCode("")).isFalse();
    assertThat(withCode(null).hasCode("not_found")).isFalse();
  }

  @Test
  void hasCode_foldsAsciiOnly() {
    // U+212A KELVIN SIGN lower-cases to 'k' in Unicode; a code never contains it, so it must not match.
    assertThat(withCode("kind").hasCode("\u212Aind")).isFalse();
    // Dotted capital I, which Turkish rules would fold differently, is not an ASCII letter either.
    assertThat(withCode("invalid").hasCode("\u0130NVALID")).isFalse();
    assertThat(withCode("INVALID").hasCode("invalid")).isTrue();
  }

  @Test
  void hasCode_refusesNullNamingTheArgument() {
    assertThatThrownBy(() -> withCode("not_found").hasCode(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code");
  }
}
