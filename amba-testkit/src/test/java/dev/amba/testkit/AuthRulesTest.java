package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every row of the credential rules (amba-api.md section 2.1). */
@ExtendWith(AmbaEmulatorExtension.class)
class AuthRulesTest {
  private static AmbaEmulator emulator;
  private static Api api;
  private static EmulatorProject a;
  private static EmulatorProject b;
  private static String userOfA;
  private static String userOfB;

  @BeforeAll
  static void start(AmbaEmulator started) {
    emulator = started;
    api = new Api(emulator);
    a = emulator.defaultProject();
    b = emulator.createProject();
    userOfA = emulator.createUser(a);
    userOfB = emulator.createUser(b);
  }


  private static void assertError(Api.Response r, int status, String code, String kind) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.error().getString("kind")).isEqualTo(kind);
    assertThat(r.error().getInt("status")).isEqualTo(status);
  }

  private static String sessionOf(EmulatorProject project) {
    Api.Response r = api.post("/v1/client/auth/anonymous").clientKey(project.clientKey()).send();
    assertThat(r.status()).isEqualTo(201);
    return r.data().getString("session_token");
  }

  @Nested
  class ClientKey {
    @Test
    void missing_isInvalidApiKey() {
      assertError(api.post("/v1/client/auth/anonymous").send(), 401, "invalid_api_key", "auth");
    }

    @Test
    void unknown_isInvalidApiKey() {
      assertError(api.post("/v1/client/auth/anonymous").clientKey("amb_dev_ck_nope").send(),
          401, "invalid_api_key", "auth");
    }

    @Test
    void serverKeyInItsPlace_isInvalidApiKey() {
      assertError(api.post("/v1/client/auth/anonymous").clientKey(a.serverKey()).send(),
          401, "invalid_api_key", "auth");
    }

    @Test
    void missing_winsOverAValidUser() {
      Api.Response r = api.get("/v1/client/users/me")
          .bearer(a.serverKey()).onBehalfOf(userOfA).send();

      assertError(r, 401, "invalid_api_key", "auth");
    }

    @Test
    void aloneIsEnoughForAnonymousSignUp() {
      assertThat(api.post("/v1/client/auth/anonymous").clientKey(a.clientKey()).send().status())
          .isEqualTo(201);
    }
  }

  @Nested
  class Session {
    @Test
    void ofThisProject_actsAsItsUser() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).bearer(sessionOf(a)).send();

      assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void ofAnotherProject_isProjectMismatch() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).bearer(sessionOf(b)).send();

      assertError(r, 403, "project_mismatch", "auth");
    }

    @Test
    void unknownToken_isInvalidToken() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).bearer("amb_sess_forged").send();

      assertError(r, 401, "invalid_token", "auth");
    }

    @Test
    void notBearerScheme_isInvalidToken() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).header("Authorization", "Basic dXNlcjpwYXNz").send();

      assertError(r, 401, "invalid_token", "auth");
    }

    @Test
    void neitherSessionNorOnBehalfOf_isAuthRequired() {
      Api.Response r = api.get("/v1/client/users/me").clientKey(a.clientKey()).send();

      assertError(r, 401, "auth_required", "auth");
    }

    @Test
    void bareServerKeyWithoutOnBehalfOf_isAuthRequired() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).bearer(a.serverKey()).send();

      assertError(r, 401, "auth_required", "auth");
    }
  }

  @Nested
  class OnBehalfOf {
    @Test
    void withThisProjectsKeysAndUser_actsAsThatUser() {
      Api.Response r = api.get("/v1/client/users/me").asUser(a, userOfA).send();

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.data().getString("id")).isEqualTo(userOfA);
    }

    @Test
    void withoutBearer_isInvalidToken() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).onBehalfOf(userOfA).send();

      assertError(r, 401, "invalid_token", "auth");
    }

    @Test
    void unknownServerKey_isInvalidToken() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).bearer("amb_dev_sk_nope").onBehalfOf(userOfA).send();

      assertError(r, 401, "invalid_token", "auth");
    }

    @Test
    void sessionTokenInPlaceOfServerKey_isInvalidToken() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).bearer(sessionOf(a)).onBehalfOf(userOfA).send();

      assertError(r, 401, "invalid_token", "auth");
    }

    @Test
    void serverKeyOfAnotherProject_isProjectMismatch() {
      Api.Response r = api.get("/v1/client/users/me")
          .clientKey(a.clientKey()).bearer(b.serverKey()).onBehalfOf(userOfA).send();

      assertError(r, 403, "project_mismatch", "auth");
    }

    @Test
    void unknownUser_isUserNotFound() {
      Api.Response r = api.get("/v1/client/users/me").asUser(a, "no-such-user").send();

      assertError(r, 404, "user_not_found", "not_found");
    }

    @Test
    void userOfAnotherProject_isProjectMismatch() {
      Api.Response r = api.get("/v1/client/users/me").asUser(a, userOfB).send();

      assertError(r, 403, "project_mismatch", "auth");
    }
  }

  @Nested
  class Admin {
    private String users(EmulatorProject project) {
      return "/v1/admin/projects/" + project.projectId() + "/users";
    }

    @Test
    void ownServerKey_isAccepted() {
      assertThat(api.get(users(a)).admin(a).send().status()).isEqualTo(200);
    }

    @Test
    void missingKey_isInvalidToken() {
      assertError(api.get(users(a)).send(), 401, "invalid_token", "auth");
    }

    @Test
    void unknownKey_isInvalidToken() {
      assertError(api.get(users(a)).bearer("amb_dev_sk_nope").send(), 401, "invalid_token", "auth");
    }

    @Test
    void clientKeyAsBearer_isInvalidToken() {
      assertError(api.get(users(a)).bearer(a.clientKey()).send(), 401, "invalid_token", "auth");
    }

    @Test
    void sessionAsBearer_isInvalidToken() {
      assertError(api.get(users(a)).bearer(sessionOf(a)).send(), 401, "invalid_token", "auth");
    }

    @Test
    void serverKeyOfAnotherProject_isProjectMismatch() {
      assertError(api.get(users(a)).admin(b).send(), 403, "project_mismatch", "auth");
    }

    @Test
    void unknownProjectWithAValidKey_isProjectMismatch() {
      Api.Response r = api.get("/v1/admin/projects/proj_doesnotexist000000/users").admin(a).send();

      assertError(r, 403, "project_mismatch", "auth");
    }
  }
}
