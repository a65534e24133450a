package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

@ExtendWith(AmbaEmulatorExtension.class)
class ProtocolBasicsTest {
  private static AmbaEmulator emulator;
  private static Api api;
  private static EmulatorProject project;

  @BeforeAll
  static void start(AmbaEmulator started) {
    emulator = started;
    api = new Api(emulator);
    project = emulator.defaultProject();
  }


  @Test
  void health_answersOkWithoutCredentials() {
    Api.Response r = api.get("/health").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().getString("status")).isEqualTo("ok");
    assertThat(r.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void apiUrl_isLoopbackWithPortAndNoTrailingSlash() {
    assertThat(emulator.apiUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
    assertThat(emulator.port()).isPositive();
  }

  @Test
  void projectIdsAndKeys_haveTheDocumentedShapes() {
    assertThat(project.projectId()).matches("proj_[a-z0-9]{20}");
    assertThat(project.clientKey()).matches("amb_dev_ck_[a-z0-9]{32}");
    assertThat(project.serverKey()).matches("amb_dev_sk_[a-z0-9]{32}");
  }

  @Test
  void emulatorProject_toStringRedactsBothKeys() {
    String text = project.toString();

    assertThat(text).contains(project.projectId(), "amb_dev_ck_****", "amb_dev_sk_****");
    assertThat(text).doesNotContain(project.clientKey(), project.serverKey());
  }

  @Test
  void unknownRoute_isTypedNotFoundWithEveryErrorField() {
    Api.Response r = api.get("/v1/client/nothing-here").clientKey(project.clientKey()).send();

    assertThat(r.status()).isEqualTo(404);
    JsonObject error = r.error();
    assertThat(error.keySet())
        .containsExactlyInAnyOrder("kind", "code", "status", "message", "request_id", "details");
    assertThat(error.getString("kind")).isEqualTo("not_found");
    assertThat(error.getString("code")).isEqualTo("not_found");
    assertThat(error.getInt("status")).isEqualTo(404);
    assertThat(error.getString("message")).isNotBlank();
    assertThat(error.getJsonObject("details")).isEmpty();
    assertThat(error.getString("request_id")).isEqualTo(r.header("X-Request-Id"));
  }

  @Test
  void unversionedPath_isNotFound() {
    assertThat(api.get("/client/users/me").send().status()).isEqualTo(404);
    assertThat(api.get("/v1/client/users/me/").clientKey(project.clientKey()).send().status())
        .isEqualTo(404);
  }

  @Test
  void wrongMethod_isMethodNotAllowedWithAllowHeader() {
    Api.Response r = api.delete("/v1/client/users/me").clientKey(project.clientKey()).send();

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.code()).isEqualTo("method_not_allowed");
    assertThat(r.header("Allow")).isEqualTo("GET, PATCH");
  }

  @Test
  void requestId_isEchoedWhenSent() {
    String id = "req-" + UUID.randomUUID();

    Api.Response ok = api.get("/health").header("X-Request-Id", id).send();
    Api.Response error = api.get("/v1/client/users/me").header("X-Request-Id", id).send();

    assertThat(ok.header("X-Request-Id")).isEqualTo(id);
    assertThat(error.header("X-Request-Id")).isEqualTo(id);
    assertThat(error.error().getString("request_id")).isEqualTo(id);
  }

  @Test
  void requestId_isAFreshUuidWhenNotSent() {
    String first = api.get("/health").send().header("X-Request-Id");
    String second = api.get("/health").send().header("X-Request-Id");

    assertThat(UUID.fromString(first)).isNotNull();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void malformedJsonBody_isInvalidJson() {
    String uid = emulator.createUser(project);

    Api.Response r = api.post("/v1/client/events").asUser(project, uid).json("{\"event\": ").send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_json");
    assertThat(r.error().getString("kind")).isEqualTo("validation");
  }

  @Test
  void emptyBodyWhereJsonIsRequired_isInvalidJson() {
    String uid = emulator.createUser(project);

    Api.Response r = api.patch("/v1/client/users/me").asUser(project, uid).send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_json");
  }

  @Test
  void jsonThatIsNotAnObject_isInvalidArgumentNotServerError() {
    String uid = emulator.createUser(project);

    Api.Response r = api.post("/v1/client/events").asUser(project, uid).json("[1, 2]").send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_argument");
    assertThat(r.error().getJsonObject("details").getJsonArray("fields")).hasSize(1);
  }

  @Test
  void percentEncodedPathSegment_isOneDecodedParameter() {
    String base = "/v1/admin/projects/" + project.projectId() + "/users/";

    Api.Response encodedSlash = api.get(base + "a%2Fb").admin(project).send();
    Api.Response realSlash = api.get(base + "a/b").admin(project).send();

    // Routed to users/{userId} (the handler's not_found), not the router's: both spell the code
    // alike, so the messages tell them apart.
    assertThat(encodedSlash.status()).isEqualTo(404);
    assertThat(encodedSlash.code()).isEqualTo("not_found");
    assertThat(encodedSlash.error().getString("message")).startsWith("no user");
    assertThat(realSlash.code()).isEqualTo("not_found");
    assertThat(realSlash.error().getString("message")).startsWith("no route");
  }

  @Test
  void oversizedOrOddInput_isAnsweredWithoutServerErrors() {
    String huge = "x".repeat(5000);
    String uid = emulator.createUser(project);
    String admin = "/v1/admin/projects/" + project.projectId();

    List<Api.Response> answers = List.of(
        api.get("/v1/client/users/me").clientKey(huge).send(),
        api.get("/v1/client/users/me").clientKey(project.clientKey()).bearer(huge).send(),
        api.get("/v1/client/users/me").asUser(project, huge).send(),
        api.get(admin + "/users/" + huge).admin(project).send(),
        api.get(admin + "/users?limit=99999999999999999999999&offset=-3").admin(project).send(),
        api.get(admin + "/events?since=%2B99999-01-01T00:00:00Z").admin(project).send(),
        api.post("/v1/client/auth/email/signup").clientKey(project.clientKey())
            .json("{\"email\":\"" + "\u0130".repeat(300) + "@x.io\",\"password\":\"password1\"}").send(),
        api.patch("/v1/client/users/me").asUser(project, uid)
            .json("{\"display_name\":\"" + huge + "\",\"timezone\":\"" + huge + "\"}").send(),
        api.post("/v1/client/events").asUser(project, uid)
            .json("{\"event\":\"ok\",\"event_id\":\"" + huge + "\"}").send(),
        api.post(admin + "/events").admin(project)
            .json("{\"events\":[{\"event\":\"ok\",\"user_id\":\"" + huge + "\"}]}").send(),
        api.post("/v1/client/events").asUser(project, uid)
            .json("{\"event\":\"ok\",\"timestamp\":\"-999999999-01-01T00:00:00Z\"}").send());

    Api.Response longFilters =
        api.get(admin + "/events?event_name=" + huge + "&user_id=" + huge).admin(project).send();

    assertThat(longFilters.status()).isEqualTo(200);
    assertThat(longFilters.json().getJsonArray("data")).isEmpty();
    assertThat(answers).allSatisfy(r -> {
      assertThat(r.status()).as(r.toString()).isBetween(400, 499);
      assertThat(r.error().getString("kind")).isIn("auth", "not_found", "validation");
    });
  }

  @Test
  void head_isAnsweredWithoutBody() {
    Api.Response r = api.call("HEAD", "/health").send();

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void createUser_rejectsAProjectOfAnotherEmulator() {
    EmulatorProject foreign = new EmulatorProject("proj_x", "amb_dev_ck_x", "amb_dev_sk_x", "amb_dev_pat_x");

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> emulator.createUser(foreign));
  }
}
