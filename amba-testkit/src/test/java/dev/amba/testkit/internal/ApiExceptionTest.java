package dev.amba.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emulator answers lower_snake codes only, and the one place every error passes enforces it. */
class ApiExceptionTest {

  @Test
  void lowerSnakeCodesAreKeptVerbatim() {
    assertThat(ApiException.notFound("not_found", "x").code()).isEqualTo("not_found");
    assertThat(new ApiException(400, "http_400", "x").code()).isEqualTo("http_400");
    assertThat(new ApiException(409, "a", "x", JsonValue.EMPTY_JSON_OBJECT, Map.of()).code()).isEqualTo("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NOT_FOUND", "Not_found", "notFound", "not-found", "_not_found", "1st", "not found", ""})
  void refusesAnyOtherSpelling(String code) {
    assertThatThrownBy(() -> ApiException.badRequest(code, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code must be lower_snake");
  }

  @Test
  void refusesNullCode() {
    assertThatThrownBy(() -> new ApiException(500, null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code");
  }

  @Test
  void everyDefaultFaultCodeIsLowerSnake() {
    for (int status = 400; status <= 599; status++) {
      String code = ErrorBodies.defaultCodeFor(status);
      assertThat(new ApiException(status, code, "x").code()).as("status %d", status).matches("[a-z][a-z0-9_]*");
    }
  }
}
