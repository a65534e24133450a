package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's AI, config and entitlement routes on the raw wire: the inputs the SDK refuses
 * before sending, so only a raw client can reach these answers.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class AiConfigEntitlementRoutesTest {
  private static AmbaEmulator emulator;
  private static Api api;

  private EmulatorProject project;
  private String uid;

  @BeforeAll
  static void start(AmbaEmulator started) {
    emulator = started;
    api = new Api(emulator);
  }


  @BeforeEach
  void freshProject() {
    project = emulator.createProject();
    uid = emulator.createUser(project);
  }

  private String admin(String path) {
    return "/v1/admin/projects/" + project.projectId() + path;
  }

  private Api.Response upsert(String json) {
    return api.post(admin("/ai/prompts")).admin(project).json(json).send();
  }

  private Api.Response ask(String json) {
    return api.post("/v1/client/ai/anthropic/messages").asUser(project, uid).json(json).send();
  }

  @Test
  void promptUpsert_reportsEveryBadFieldAtOnce() {
    Api.Response r = upsert("{\"name\":\"Bad-Name\",\"provider\":\"x\",\"model\":\"\",\"max_tokens\":5000,"
        + "\"temperature\":3,\"extra\":1}");
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_argument");
    assertThat(r.error().getJsonObject("details").getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("path")))
        .containsExactlyInAnyOrder("extra", "name", "provider", "model", "system_prompt", "max_tokens", "temperature");
  }

  @Test
  void call_rendersWhitespaceTolerantPlaceholders_andNumbersAsText() {
    assertThat(upsert("{\"name\":\"p\",\"provider\":\"anthropic\",\"model\":\"m\","
        + "\"system_prompt\":\"A {{ x }} and {{y}} and {{x}}\",\"max_tokens\":3}").status()).isEqualTo(201);
    Api.Response r = ask("{\"prompt_slug\":\"p\",\"variables\":{\"x\":7,\"y\":true}}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    // The prompt's own max_tokens (3) applies when the call sets none.
    assertThat(r.json().getJsonArray("content").getJsonObject(0).getString("text")).isEqualTo("Emulated reply from");
    assertThat(r.json().getString("stop_reason")).isEqualTo("max_tokens");
    assertThat(r.json().getJsonObject("usage").getInt("input_tokens")).isEqualTo(6);
  }

  @Test
  void call_listsEveryMissingVariable_andRejectsNonScalarValues() {
    upsert("{\"name\":\"p\",\"provider\":\"anthropic\",\"model\":\"m\",\"system_prompt\":\"{{a}} {{b}}\"}");
    Api.Response missing = ask("{\"prompt_slug\":\"p\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("missing_variable");
    assertThat(missing.error().getString("message")).contains("a, b");
    Api.Response nested = ask("{\"prompt_slug\":\"p\",\"variables\":{\"a\":{},\"b\":\"x\"}}");
    assertThat(nested.code()).isEqualTo("invalid_argument");
    assertThat(ask("{\"prompt_slug\":\"p\",\"variables\":{\"a\":\"1\",\"b\":\"2\"},\"max_tokens\":0}").code())
        .isEqualTo("invalid_argument");
  }

  @Test
  void call_needsAnActingUser() {
    Api.Response r = api.post("/v1/client/ai/anthropic/messages").clientKey(project.clientKey())
        .json("{\"prompt_slug\":\"p\"}").send();
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("auth_required");
  }

  @Test
  void config_ifNoneMatch_acceptsLists_weakTags_andStar() {
    api.post(admin("/config")).admin(project).json("{\"key\":\"k\",\"value\":1}").send();
    Api.Response first = api.get("/v1/client/config").clientKey(project.clientKey()).send();
    String etag = first.header("ETag");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.data().getInt("k")).isEqualTo(1);
    for (String inm : new String[] {etag, "\"other\", " + etag, "W/" + etag, "*"}) {
      Api.Response r = api.get("/v1/client/config").clientKey(project.clientKey()).header("If-None-Match", inm).send();
      assertThat(r.status()).as(inm).isEqualTo(304);
      assertThat(r.body()).isEmpty();
      assertThat(r.header("ETag")).isEqualTo(etag);
    }
    Api.Response other = api.get("/v1/client/config").clientKey(project.clientKey())
        .header("If-None-Match", "\"other\"").send();
    assertThat(other.status()).isEqualTo(200);
  }

  @Test
  void config_createValidation_andPatchOfUnknownFields() {
    Api.Response bad = api.post(admin("/config")).admin(project)
        .json("{\"key\":\"1bad\",\"value\":null,\"value_type\":\"date\",\"description\":5}").send();
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error().getJsonObject("details").getJsonArray("fields")).hasSize(4);
    api.post(admin("/config")).admin(project).json("{\"key\":\"k\",\"value\":\"v\"}").send();
    assertThat(api.patch(admin("/config/k")).admin(project).json("{\"key\":\"other\"}").send().code())
        .isEqualTo("invalid_argument");
    assertThat(api.patch(admin("/config/k")).admin(project).json("{}").send().status()).isEqualTo(400);
  }

  @Test
  void entitlementGrant_validatesTheBody() {
    Api.Response r = api.post(admin("/users/" + uid + "/entitlements")).admin(project)
        .json("{\"entitlement_id\":\"has space\",\"is_active\":\"yes\",\"expiration_date\":\"tomorrow\"}").send();
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().getJsonObject("details").getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("path")))
        .containsExactlyInAnyOrder("entitlement_id", "is_active", "store", "expiration_date");
    Api.Response list = api.get("/v1/client/entitlements").clientKey(project.clientKey()).send();
    assertThat(list.code()).isEqualTo("auth_required");
  }
}
