package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

@ExtendWith(AmbaEmulatorExtension.class)
class UsersAndAuthTest {
  private static AmbaEmulator emulator;
  private static Api api;
  private static EmulatorProject project;

  @BeforeAll
  static void start(AmbaEmulator started) {
    emulator = started;
    api = new Api(emulator);
    project = emulator.defaultProject();
  }


  private static String uniqueEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  private static Api.Response signup(EmulatorProject p, String email, String password) {
    return api.post("/v1/client/auth/email/signup").clientKey(p.clientKey())
        .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").send();
  }

  private static Api.Response login(String email, String password) {
    return api.post("/v1/client/auth/email/login").clientKey(project.clientKey())
        .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").send();
  }

  @Test
  void anonymousSignUp_returnsSessionRefreshTokenAndFullUser() {
    Api.Response r = api.post("/v1/client/auth/anonymous").clientKey(project.clientKey()).send();

    assertThat(r.status()).isEqualTo(201);
    JsonObject data = r.data();
    assertThat(data.getString("session_token")).isNotBlank();
    assertThat(data.getString("refresh_token")).isNotBlank().isNotEqualTo(data.getString("session_token"));
    JsonObject user = data.getJsonObject("user");
    assertThat(user.keySet()).containsExactlyInAnyOrder("id", "anonymous_id", "email",
        "display_name", "avatar_url", "properties", "timezone", "created_at", "updated_at");
    assertThat(UUID.fromString(user.getString("id"))).isNotNull();
    assertThat(user.getString("anonymous_id")).isNotBlank();
    assertThat(user.get("email")).isEqualTo(JsonValue.NULL);
    assertThat(user.get("display_name")).isEqualTo(JsonValue.NULL);
    assertThat(user.getJsonObject("properties")).isEmpty();
    assertThat(user.getString("created_at")).endsWith("Z");
    assertThat(Instant.parse(user.getString("updated_at"))).isNotNull();
  }

  @Test
  void anonymousSignUp_rejectsAMalformedBody() {
    Api.Response r = api.post("/v1/client/auth/anonymous").clientKey(project.clientKey())
        .json("{oops").send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_json");
  }

  @Test
  void me_isTheSameUserViaSessionAndViaServerKeyOnBehalfOf() {
    JsonObject signedUp = api.post("/v1/client/auth/anonymous").clientKey(project.clientKey())
        .send().data();
    String uid = signedUp.getJsonObject("user").getString("id");

    Api.Response viaSession = api.get("/v1/client/users/me").clientKey(project.clientKey())
        .bearer(signedUp.getString("session_token")).send();
    Api.Response viaServer = api.get("/v1/client/users/me").asUser(project, uid).send();

    assertThat(viaSession.status()).isEqualTo(200);
    assertThat(viaServer.status()).isEqualTo(200);
    assertThat(viaSession.data()).isEqualTo(signedUp.getJsonObject("user"));
    assertThat(viaServer.data()).isEqualTo(viaSession.data());
  }

  @Test
  void patchMe_changesOnlyTheHonouredFieldsAndBumpsUpdatedAt() {
    String uid = emulator.createUser(project);
    JsonObject before = api.get("/v1/client/users/me").asUser(project, uid).send().data();

    Api.Response r = api.patch("/v1/client/users/me").asUser(project, uid).json(
        "{\"display_name\":\"Ann\",\"avatar_url\":\"https://x.test/a.png\","
            + "\"properties\":{\"plan\":\"pro\",\"seats\":3},\"timezone\":\"Europe/Berlin\"}").send();

    assertThat(r.status()).isEqualTo(200);
    JsonObject after = r.data();
    assertThat(after.getString("display_name")).isEqualTo("Ann");
    assertThat(after.getString("avatar_url")).isEqualTo("https://x.test/a.png");
    assertThat(after.getJsonObject("properties").getString("plan")).isEqualTo("pro");
    assertThat(after.getJsonObject("properties").getInt("seats")).isEqualTo(3);
    assertThat(after.getString("timezone")).isEqualTo("Europe/Berlin");
    assertThat(after.getString("created_at")).isEqualTo(before.getString("created_at"));
    assertThat(Instant.parse(after.getString("updated_at")))
        .isAfterOrEqualTo(Instant.parse(before.getString("updated_at")));
    assertThat(api.get("/v1/client/users/me").asUser(project, uid).send().data()).isEqualTo(after);
  }

  @Test
  void patchMe_nullClearsAField() {
    String uid = emulator.createUser(project);
    api.patch("/v1/client/users/me").asUser(project, uid).json("{\"display_name\":\"Bo\"}").send();

    JsonObject after = api.patch("/v1/client/users/me").asUser(project, uid)
        .json("{\"display_name\":null}").send().data();

    assertThat(after.get("display_name")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void patchMe_otherKeysAreInvalidArgumentListingEachField() {
    String uid = emulator.createUser(project);

    Api.Response r = api.patch("/v1/client/users/me").asUser(project, uid)
        .json("{\"email\":\"x@y.z\",\"id\":\"other\",\"display_name\":\"Ok\"}").send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_argument");
    JsonArray fields = r.error().getJsonObject("details").getJsonArray("fields");
    assertThat(fields.getValuesAs(JsonObject.class)).extracting(f -> f.getString("path"))
        .containsExactly("email", "id");
    // Nothing is applied when part of the body is refused.
    assertThat(api.get("/v1/client/users/me").asUser(project, uid).send().data().get("display_name"))
        .isEqualTo(JsonValue.NULL);
  }

  @Test
  void patchMe_wrongTypesAndBadTimezoneAreInvalidArgument() {
    String uid = emulator.createUser(project);

    Api.Response r = api.patch("/v1/client/users/me").asUser(project, uid)
        .json("{\"properties\":[1],\"display_name\":5,\"timezone\":\"Mars/Olympus\"}").send();

    assertThat(r.status()).isEqualTo(400);
    JsonArray fields = r.error().getJsonObject("details").getJsonArray("fields");
    assertThat(fields.getValuesAs(JsonObject.class)).extracting(f -> f.getString("path"))
        .containsExactly("display_name", "properties", "timezone");
    assertThat(fields.getJsonObject(0).getString("expected")).isEqualTo("string or null");
    assertThat(fields.getJsonObject(0).getString("received")).isEqualTo("number");
  }

  @Test
  void emailSignUp_thenLogin_yieldsTheSameUser() {
    String email = uniqueEmail();

    Api.Response signedUp = signup(project, email, "correct horse");
    Api.Response loggedIn = login(email.toUpperCase(java.util.Locale.ROOT), "correct horse");

    assertThat(signedUp.status()).isEqualTo(201);
    assertThat(signedUp.data().getJsonObject("user").getString("email")).isEqualTo(email);
    assertThat(signedUp.data().getJsonObject("user").get("anonymous_id")).isEqualTo(JsonValue.NULL);
    assertThat(loggedIn.status()).isEqualTo(200);
    assertThat(loggedIn.data().getJsonObject("user").getString("id"))
        .isEqualTo(signedUp.data().getJsonObject("user").getString("id"));
    assertThat(loggedIn.data().getString("session_token"))
        .isNotEqualTo(signedUp.data().getString("session_token"));
  }

  @Test
  void emailSignUp_twiceIsUserExists() {
    String email = uniqueEmail();
    signup(project, email, "password1");

    Api.Response r = signup(project, email, "password2");

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.code()).isEqualTo("user_exists");
    assertThat(r.error().getString("kind")).isEqualTo("validation");
  }

  @Test
  void emailSignUp_sameEmailInAnotherProjectIsFine() {
    String email = uniqueEmail();
    signup(project, email, "password1");

    assertThat(signup(emulator.createProject(), email, "password1").status()).isEqualTo(201);
  }

  @Test
  void emailSignUp_shortPasswordIsWeakPassword() {
    Api.Response r = signup(project, uniqueEmail(), "1234567");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("weak_password");
    assertThat(signup(project, uniqueEmail(), "12345678").status()).isEqualTo(201);
  }

  @Test
  void emailSignUp_missingFieldsAreInvalidArgument() {
    Api.Response r = api.post("/v1/client/auth/email/signup").clientKey(project.clientKey())
        .json("{\"email\":42}").send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_argument");
    assertThat(r.error().getJsonObject("details").getJsonArray("fields")).hasSize(2);
  }

  @Test
  void login_wrongPasswordAndUnknownEmailAreInvalidCredentials() {
    String email = uniqueEmail();
    signup(project, email, "the password");

    Api.Response wrongPassword = login(email, "not the password");
    Api.Response unknownEmail = login(uniqueEmail(), "the password");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.code()).isEqualTo("invalid_credentials");
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(unknownEmail.code()).isEqualTo("invalid_credentials");
  }

  @Test
  void adminList_pagesWithTotalOffsetAndLimit() {
    EmulatorProject fresh = emulator.createProject();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(emulator.createUser(fresh));
    }
    String path = "/v1/admin/projects/" + fresh.projectId() + "/users";

    JsonObject first = api.get(path + "?limit=2").admin(fresh).send().json();
    JsonObject last = api.get(path + "?limit=2&offset=4").admin(fresh).send().json();
    JsonObject defaults = api.get(path).admin(fresh).send().json();

    assertThat(first.getInt("total")).isEqualTo(5);
    assertThat(first.getInt("offset")).isZero();
    assertThat(first.getInt("limit")).isEqualTo(2);
    assertThat(ids(first)).containsExactly(ids.get(0), ids.get(1));
    assertThat(ids(last)).containsExactly(ids.get(4));
    assertThat(last.getInt("offset")).isEqualTo(4);
    assertThat(defaults.getInt("limit")).isEqualTo(50);
    assertThat(ids(defaults)).containsExactlyElementsOf(ids);
  }

  @Test
  void adminList_searchMatchesEmailDisplayNameAndIdIgnoringCase() {
    EmulatorProject fresh = emulator.createProject();
    signup(fresh, "zelda@hyrule.test", "password1");
    String named = emulator.createUser(fresh);
    api.patch("/v1/client/users/me").asUser(fresh, named).json("{\"display_name\":\"Link ZELDA fan\"}").send();
    String other = emulator.createUser(fresh);
    String path = "/v1/admin/projects/" + fresh.projectId() + "/users?search=";

    JsonObject byText = api.get(path + "Zelda").admin(fresh).send().json();
    JsonObject byId = api.get(path + other.substring(0, 13).toUpperCase(java.util.Locale.ROOT))
        .admin(fresh).send().json();
    JsonObject literalPercent = api.get(path + Api.enc("%")).admin(fresh).send().json();

    assertThat(byText.getInt("total")).isEqualTo(2);
    assertThat(byText.getJsonArray("data")).hasSize(2);
    assertThat(ids(byId)).containsExactly(other);
    assertThat(literalPercent.getInt("total")).isZero();
  }

  @Test
  void adminList_limitOutsideOneToThousandIsInvalidLimit() {
    String path = "/v1/admin/projects/" + project.projectId() + "/users?limit=";

    for (String bad : new String[] {"0", "1001", "-1", "ten"}) {
      Api.Response r = api.get(path + bad).admin(project).send();
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.code()).as(bad).isEqualTo("invalid_limit");
    }
    assertThat(api.get(path + "1000").admin(project).send().status()).isEqualTo(200);
  }

  @Test
  void adminGet_returnsTheUserAndNotFoundOtherwise() {
    String uid = emulator.createUser(project);
    String foreign = emulator.createUser(emulator.createProject());
    String base = "/v1/admin/projects/" + project.projectId() + "/users/";

    Api.Response found = api.get(base + uid).admin(project).send();
    Api.Response missing = api.get(base + UUID.randomUUID()).admin(project).send();
    Api.Response otherProject = api.get(base + foreign).admin(project).send();

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.data().getString("id")).isEqualTo(uid);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");
    assertThat(missing.error().getString("kind")).isEqualTo("not_found");
    assertThat(otherProject.status()).isEqualTo(404);
  }

  private static List<String> ids(JsonObject page) {
    List<String> ids = new ArrayList<>();
    for (JsonValue v : page.getJsonArray("data")) {
      ids.add(((JsonString) v.asJsonObject().get("id")).getString());
    }
    return ids;
  }
}
