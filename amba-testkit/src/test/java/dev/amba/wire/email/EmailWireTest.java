package dev.amba.wire.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaRateLimitException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.RetryPolicy;
import dev.amba.email.EmailDelivery;
import dev.amba.email.EmailDeliveryQuery;
import dev.amba.email.EmailMessage;
import dev.amba.email.EmailRecipient;
import dev.amba.email.EmailSendResult;
import dev.amba.email.EmailStatus;
import dev.amba.email.EmailSuppression;
import dev.amba.email.EmailTemplate;
import dev.amba.email.EmailTemplateUpdate;
import dev.amba.email.NewEmailTemplate;
import dev.amba.email.SuppressionReason;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.RecordedEmail;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Section 33 over the wire: the developer PAT on every admin route, templates, sends by users and
 * admins (rendering, suppression, the client rate limit), deliveries and the recorded emails, and
 * one project never seeing another's. A refused send records nothing.
 */
class EmailWireTest {

  static final ManualClock clock = new ManualClock(Instant.parse("2030-03-04T10:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest p = new ProjectPerTest(clock);

  private static final String WELCOME_HTML = "<p>Welcome, <b>{{name}}</b>!</p>";

  @BeforeEach
  void welcomeTemplate() {
    p.amba().email().saveTemplate(NewEmailTemplate.of("welcome", "Hi {{ name }}", WELCOME_HTML));
  }

  private static AmbaUser userWithEmail(String email) {
    String id = p.amba().auth().signUpWithEmail(email, "a long password").user().id();
    return p.amba().asUser(id);
  }

  private static List<RecordedEmail> recorded() {
    return p.emulator().recordedEmails(p.project());
  }

  private static void refusedAndNothingRecorded(ThrowingCallable call, int status, String code) {
    List<RecordedEmail> before = recorded();
    assertThatThrownBy(call).isInstanceOfSatisfying(AmbaApiException.class, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
    });
    assertThat(recorded()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- the developer PAT (M1)

  @Test
  void withoutAPat_adminCallsFailBeforeSending_namingTheSetting() {
    int before = p.emulator().recordedRequests().size();
    try (AmbaClient noPat = AmbaClient.configure(p.amba().settings().toBuilder().pat(null).build())) {
      for (ThrowingCallable call : List.<ThrowingCallable>of(
          () -> noPat.email().templates(),
          () -> noPat.email().saveTemplate(NewEmailTemplate.of("x", "s", "h")),
          () -> noPat.email().send(EmailRecipient.address("a@b.c"), EmailMessage.text("s", "t")),
          () -> noPat.email().deliveries(EmailDeliveryQuery.all(), 0, 10),
          () -> noPat.email().suppress("a@b.c"))) {
        assertThatThrownBy(call).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("AMBA_PAT").hasMessageContaining("AmbaConfig.Builder.pat(...)");
      }
      // The user side takes the server key as ever.
      assertThat(noPat.asUser(userWithEmail("nopat@example.com").uid()).email().send("welcome",
          Map.of("name", "N")).status()).isEqualTo(EmailStatus.SENT);
    }
    assertThat(p.emulator().recordedRequests().subList(before, p.emulator().recordedRequests().size()))
        .noneMatch(r -> r.path().contains("/email/templates") || r.path().contains("/email/suppressions"));
  }

  @Test
  void everyAdminRoute_refusesTheServerKey_403PatRequired_andAcceptsThePat() {
    for (String[] route : List.of(new String[] {"GET", "/email/templates", null},
        new String[] {"POST", "/email/templates", "{\"name\":\"a\",\"subject\":\"s\",\"html_body\":\"h\"}"},
        new String[] {"GET", "/email/templates/welcome", null},
        new String[] {"PATCH", "/email/templates/welcome", "{\"subject\":\"s\"}"},
        new String[] {"GET", "/email/deliveries", null},
        new String[] {"POST", "/email/suppressions", "{\"email\":\"a@b.c\"}"},
        new String[] {"GET", "/email/suppressions", null},
        new String[] {"POST", "/email/send", "{\"to\":{\"email\":\"a@b.c\"},\"subject\":\"s\",\"text\":\"t\"}"},
        new String[] {"DELETE", "/email/templates/welcome", null})) {
      ModuleCalls.Answer refused = p.raw().admin(route[0], route[1], route[2]);
      assertThat(refused.status()).as(route[1]).isEqualTo(403);
      assertThat(refused.code()).isEqualTo("pat_required");
      assertThat(p.raw().developer(route[0], route[1], route[2]).status()).as(route[0] + " " + route[1])
          .isBetween(200, 201);
    }
  }

  @Test
  void aWrongPat_is401_anotherProjectsPat_is403_noneIs401() {
    EmulatorProject other = p.emulator().createProject();
    ModuleCalls.Answer wrong = p.raw().adminWith("amb_dev_pat_notarealtoken", "GET", "/email/templates", null);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.code()).isEqualTo("invalid_token");
    ModuleCalls.Answer foreign = p.raw().adminWith(other.pat(), "GET", "/email/templates", null);
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.code()).isEqualTo("project_mismatch");
    ModuleCalls.Answer foreignKey = p.raw().adminWith(other.serverKey(), "GET", "/email/templates", null);
    assertThat(foreignKey.code()).isEqualTo("pat_required");
    assertThat(p.raw().adminWith("", "GET", "/email/templates", null).code()).isEqualTo("invalid_token");
  }

  @Test
  void thePat_isAlsoAcceptedOnServerKeyAdminRoutes() {
    assertThat(p.raw().developer("GET", "/friends/stats", null).status()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- templates

  @Test
  void saveTemplate_creates201_thenReplaces200_theWholeTemplate() {
    String body = "{\"name\":\"receipt\",\"subject\":\"Receipt\",\"html_body\":\"<p>x</p>\",\"text_body\":\"x\"}";
    ModuleCalls.Answer created = p.raw().developer("POST", "/email/templates", body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.data().getString("created_at")).isEqualTo("2030-03-04T10:00:00.000Z");
    clock.advance(Duration.ofSeconds(5));
    EmailTemplate replaced = p.amba().email().saveTemplate(NewEmailTemplate.of("receipt", "Receipt 2", "<p>y</p>"));
    assertThat(replaced.subject()).isEqualTo("Receipt 2");
    assertThat(replaced.textBody()).as("replaced as a whole").isNull();
    assertThat(replaced.updatedAt()).isAfter(replaced.createdAt());
    assertThat(p.raw().developer("POST", "/email/templates", body).status()).isEqualTo(200);
    assertThat(p.amba().email().templates()).extracting(EmailTemplate::name).containsExactly("receipt", "welcome");
  }

  @Test
  void saveTemplate_withABadName_is400InvalidName() {
    for (String name : List.of("\"Welcome\"", "\"1st\"", "\"a-b\"", "3", "null")) {
      ModuleCalls.Answer a = p.raw().developer("POST", "/email/templates",
          "{\"name\":" + name + ",\"subject\":\"s\",\"html_body\":\"h\"}");
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.code()).as(name).isEqualTo("invalid_name");
    }
    assertThat(p.raw().developer("POST", "/email/templates", "{\"name\":\"ok\",\"html_body\":\"h\"}").code())
        .isEqualTo("invalid_input");
    assertThat(p.amba().email().templates()).extracting(EmailTemplate::name).containsExactly("welcome");
    assertThatThrownBy(() -> NewEmailTemplate.of("Bad", "s", "h")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template");
  }

  @Test
  void getUpdateDelete_byName_and404TemplateNotFound() {
    assertThat(p.amba().email().template("welcome").htmlBody()).isEqualTo(WELCOME_HTML);
    EmailTemplate changed = p.amba().email().updateTemplate("welcome",
        EmailTemplateUpdate.create().subject("Hello {{name}}").textBody("Hello {{name}}"));
    assertThat(changed.subject()).isEqualTo("Hello {{name}}");
    assertThat(changed.textBody()).isEqualTo("Hello {{name}}");
    assertThat(p.amba().email().updateTemplate("welcome", EmailTemplateUpdate.create().textBody(null)).textBody())
        .isNull();
    assertThat(p.raw().developer("PATCH", "/email/templates/welcome", "{\"name\":\"other\"}").code())
        .isEqualTo("immutable_field");
    ModuleCalls.Answer deleted = p.raw().developer("DELETE", "/email/templates/welcome", null);
    assertThat(deleted.data().getString("name")).isEqualTo("welcome");
    assertThat(deleted.data().getBoolean("deleted")).isTrue();
    for (ThrowingCallable call : List.<ThrowingCallable>of(() -> p.amba().email().template("welcome"),
        () -> p.amba().email().updateTemplate("welcome", EmailTemplateUpdate.create().subject("s")),
        () -> p.amba().email().deleteTemplate("welcome"))) {
      assertThatThrownBy(call).isInstanceOfSatisfying(AmbaNotFoundException.class,
          e -> assertThat(e.code()).isEqualTo("template_not_found"));
    }
  }

  // ---------------------------------------------------------------- a user's own send (33.1)

  @Test
  void userSend_goesToTheUsersOwnAddress_rendered_escaped_textFromTheHtml() {
    AmbaUser ada = userWithEmail("ada@example.com");
    ModuleCalls.Answer raw = p.raw().asUser(ada.uid(), "POST", "/email/send",
        "{\"template\":\"welcome\",\"data\":{\"name\":\"<Ada & co>\"}}");
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.data().getString("status")).isEqualTo("sent");
    assertThat(raw.data().getString("message_id")).startsWith("emu_");
    RecordedEmail mail = recorded().get(0);
    assertThat(mail.toEmail()).isEqualTo("ada@example.com");
    assertThat(mail.appUserId()).isEqualTo(ada.uid());
    assertThat(mail.subject()).isEqualTo("Hi <Ada & co>");
    assertThat(mail.html()).isEqualTo("<p>Welcome, <b>&lt;Ada &amp; co&gt;</b>!</p>");
    assertThat(mail.text()).isEqualTo("Welcome, <Ada & co>!");
    assertThat(mail.messageId()).isEqualTo(raw.data().getString("message_id"));
    assertThat(mail.wasSent()).isTrue();

    EmailSendResult sdk = ada.email().send("welcome", Map.of("name", 7));
    assertThat(sdk.status()).isEqualTo(EmailStatus.SENT);
    assertThat(recorded()).hasSize(2);
    assertThat(recorded().get(1).subject()).isEqualTo("Hi 7");
    EmailDelivery logged = p.amba().email().delivery(recorded().get(1).deliveryId());
    assertThat(logged).isEqualTo(new EmailDelivery(logged.id(), "welcome", "ada@example.com", ada.uid(), "Hi 7",
        EmailStatus.SENT, sdk.messageId(), null, clock.instant()));
  }

  @Test
  void userSend_refusals_recordNothing() {
    AmbaUser ada = userWithEmail("ada2@example.com");
    refusedAndNothingRecorded(() -> ada.email().send("welcome"), 400, "missing_variable");
    refusedAndNothingRecorded(() -> ada.email().send("nope", Map.of()), 404, "template_not_found");
    refusedAndNothingRecorded(() -> p.newUser().email().send("welcome", Map.of("name", "x")), 422, "no_recipient");
    for (String body : List.of("{\"template\":\"welcome\",\"data\":[]}", "{\"data\":{}}",
        "{\"template\":\"welcome\",\"to\":\"x@y.z\"}", "{\"template\":5}")) {
      ModuleCalls.Answer a = p.raw().asUser(ada.uid(), "POST", "/email/send", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.code()).as(body).isEqualTo("invalid_body");
    }
    ModuleCalls.Answer missing = p.raw().asUser(ada.uid(), "POST", "/email/send", "{\"template\":\"welcome\"}");
    assertThat(missing.fieldPaths()).containsExactly("data.name");
    assertThat(recorded()).isEmpty();
    assertThatThrownBy(() -> ada.email().send("Welcome!")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template");
  }

  @Test
  void userSend_tenAMinute_thenRateLimited_untilTheOldestLeavesTheWindow() {
    AmbaUser ada = userWithEmail("busy@example.com");
    try (AmbaClient once = AmbaClient.configure(p.amba().settings().toBuilder().retryPolicy(RetryPolicy.none())
        .build())) {
      AmbaUser user = once.asUser(ada.uid());
      for (int i = 0; i < 10; i++) {
        user.email().send("welcome", Map.of("name", "n" + i));
        clock.advance(Duration.ofSeconds(1));
      }
      List<RecordedEmail> before = recorded();
      assertThatThrownBy(() -> user.email().send("welcome", Map.of("name", "x")))
          .isInstanceOfSatisfying(AmbaRateLimitException.class, e -> {
            assertThat(e.code()).isEqualTo("rate_limited");
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(50));
          });
      assertThat(recorded()).isEqualTo(before);
      // Another user has a limit of its own, and admin sends have none.
      once.asUser(userWithEmail("calm@example.com").uid()).email().send("welcome", Map.of("name", "c"));
      p.amba().email().send(EmailRecipient.user(ada.uid()), EmailMessage.template("welcome").data(Map.of("name", "a")));
      clock.advance(Duration.ofSeconds(50));
      assertThat(user.email().send("welcome", Map.of("name", "y")).status()).isEqualTo(EmailStatus.SENT);
    }
  }

  @Test
  void userSends_racing_neverPassTheLimit() throws Exception {
    AmbaUser ada = userWithEmail("race@example.com");
    try (AmbaClient once = AmbaClient.configure(p.amba().settings().toBuilder().retryPolicy(RetryPolicy.none())
        .build())) {
      AmbaUser user = once.asUser(ada.uid());
      List<Boolean> sent = dev.amba.wire.Together.run(14, t -> {
        try {
          user.email().send("welcome", Map.of("name", "t" + t));
          return true;
        } catch (AmbaRateLimitException e) {
          return false;
        }
      });
      assertThat(sent).filteredOn(b -> b).hasSize(10);
      assertThat(recorded()).hasSize(10);
    }
  }

  @Test
  void aSendWhoseAnswerIsLost_isRetriedWithItsIdempotencyKey_andMailsOnce() {
    AmbaUser ada = userWithEmail("lost@example.com");
    try (AmbaClient quick = AmbaClient.configure(p.amba().settings().toBuilder().sleeper(d -> { }).build())) {
      p.emulator().faults().onlyFor("/v1/client/email/send").next(1, dev.amba.testkit.Fault.resetAfterHandling());
      EmailSendResult user = quick.asUser(ada.uid()).email().send("welcome", Map.of("name", "A"));
      p.emulator().faults().onlyFor("/v1/admin/").next(1, dev.amba.testkit.Fault.resetAfterHandling());
      EmailDelivery admin = quick.email().send(EmailRecipient.address("ops@example.com"), EmailMessage.text("s", "t"));
      assertThat(recorded()).extracting(RecordedEmail::messageId).containsExactly(user.messageId(), admin.messageId());
    }
  }

  // ---------------------------------------------------------------- suppressions

  @Test
  void aSuppressedAddress_inAnyCase_getsASuppressedDelivery_notAnError_untilUnsuppressed() {
    AmbaUser ada = userWithEmail("ada3@example.com");
    ModuleCalls.Answer made = p.raw().developer("POST", "/email/suppressions",
        "{\"email\":\"ADA3@Example.com\",\"reason\":\"bounce\"}");
    assertThat(made.status()).isEqualTo(201);
    assertThat(made.data().getString("email")).isEqualTo("ada3@example.com");
    EmailSuppression again = p.amba().email().suppress("ada3@example.com", SuppressionReason.COMPLAINT);
    assertThat(again).as("the row unchanged").isEqualTo(new EmailSuppression("ada3@example.com",
        SuppressionReason.BOUNCE, clock.instant()));
    assertThat(p.raw().developer("POST", "/email/suppressions", "{\"email\":\"ada3@example.com\"}").status())
        .isEqualTo(200);

    EmailSendResult result = ada.email().send("welcome", Map.of("name", "Ada"));
    assertThat(result).isEqualTo(new EmailSendResult(null, EmailStatus.SUPPRESSED));
    EmailDelivery admin = p.amba().email().send(EmailRecipient.address("Ada3@EXAMPLE.com"),
        EmailMessage.text("Note", "hi"));
    assertThat(admin.status()).isEqualTo(EmailStatus.SUPPRESSED);
    assertThat(admin.messageId()).isNull();
    assertThat(recorded()).extracting(RecordedEmail::status).containsExactly("suppressed", "suppressed");

    p.amba().email().unsuppress("ADA3@example.com");
    assertThat(p.amba().email().suppressions()).isEmpty();
    assertThat(ada.email().send("welcome", Map.of("name", "Ada")).status()).isEqualTo(EmailStatus.SENT);
    assertThatThrownBy(() -> p.amba().email().unsuppress("ada3@example.com"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThat(p.raw().developer("POST", "/email/suppressions", "{\"email\":\"no-at-sign\"}").status()).isEqualTo(400);
    assertThat(p.raw().developer("POST", "/email/suppressions", "{\"email\":\"a@b.c\",\"reason\":\"angry\"}").status())
        .isEqualTo(400);
  }

  // ---------------------------------------------------------------- admin sends (33.2)

  @Test
  void adminSend_toAUser_toAnAddress_orOfItsOwn_201WithTheDelivery() {
    AmbaUser bob = userWithEmail("bob@example.com");
    ModuleCalls.Answer raw = p.raw().developer("POST", "/email/send",
        "{\"to\":{\"user_id\":\"" + bob.uid() + "\"},\"template\":\"welcome\",\"data\":{\"name\":\"Bob\"}}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getString("app_user_id")).isEqualTo(bob.uid());
    assertThat(raw.data().getString("to_email")).isEqualTo("bob@example.com");
    assertThat(raw.data().getString("template")).isEqualTo("welcome");

    EmailDelivery toAddress = p.amba().email().send(EmailRecipient.address("ops@example.com"),
        EmailMessage.html("Report", "<h1>All green</h1>").withText("All green."));
    assertThat(toAddress.appUserId()).isNull();
    assertThat(toAddress.template()).isNull();
    assertThat(toAddress.subject()).isEqualTo("Report");
    EmailDelivery htmlOnly = p.amba().email().send(EmailRecipient.address("ops@example.com"),
        EmailMessage.html("Report", "<h1>Still green</h1>"));
    assertThat(recorded()).extracting(RecordedEmail::text)
        .containsExactly("Welcome, Bob!", "All green.", "Still green");
    assertThat(htmlOnly.status()).isEqualTo(EmailStatus.SENT);
  }

  @Test
  void adminSend_refusals_recordNothing() {
    refusedAndNothingRecorded(() -> p.amba().email().send(EmailRecipient.user(p.newUid()),
        EmailMessage.template("welcome").data(Map.of("name", "x"))), 422, "no_recipient");
    refusedAndNothingRecorded(() -> p.amba().email().send(EmailRecipient.user("00000000-0000-4000-8000-000000000000"),
        EmailMessage.template("welcome").data(Map.of("name", "x"))), 404, "user_not_found");
    refusedAndNothingRecorded(() -> p.amba().email().send(EmailRecipient.address("a@b.c"),
        EmailMessage.template("gone")), 404, "template_not_found");
    refusedAndNothingRecorded(() -> p.amba().email().send(EmailRecipient.address("a@b.c"),
        EmailMessage.template("welcome")), 400, "missing_variable");
    for (String body : List.of("{\"to\":{\"email\":\"a@b.c\"}}",
        "{\"to\":{\"email\":\"a@b.c\",\"user_id\":\"u\"},\"subject\":\"s\",\"text\":\"t\"}",
        "{\"to\":{\"email\":\"a@b.c\"},\"template\":\"welcome\",\"subject\":\"s\"}",
        "{\"to\":{\"email\":\"a@b.c\"},\"subject\":\"s\"}",
        "{\"to\":{\"email\":\"not an address\"},\"subject\":\"s\",\"text\":\"t\"}",
        "{\"to\":\"a@b.c\",\"subject\":\"s\",\"text\":\"t\"}",
        "{\"to\":{\"email\":\"a@b.c\"},\"subject\":\"s\",\"text\":\"t\",\"data\":{}}")) {
      ModuleCalls.Answer a = p.raw().developer("POST", "/email/send", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.code()).as(body).isEqualTo("invalid_body");
    }
    assertThat(recorded()).isEmpty();
    assertThatThrownBy(() -> EmailMessage.text("s", "t").data(Map.of())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> EmailRecipient.address("nobody")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email");
  }

  // ---------------------------------------------------------------- deliveries

  @Test
  void deliveries_newestFirst_filteredByTemplateAndStatus_paged() {
    AmbaUser ada = userWithEmail("list@example.com");
    for (int i = 0; i < 3; i++) {
      ada.email().send("welcome", Map.of("name", "n" + i));
    }
    p.amba().email().suppress("quiet@example.com");
    p.amba().email().send(EmailRecipient.address("quiet@example.com"), EmailMessage.text("Own", "t"));
    OffsetPage<EmailDelivery> first = p.amba().email().deliveries(EmailDeliveryQuery.all(), 0, 2);
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.items()).extracting(EmailDelivery::subject).containsExactly("Own", "Hi n2");
    assertThat(p.amba().email().allDeliveries(EmailDeliveryQuery.all().template("welcome")))
        .extracting(EmailDelivery::subject).containsExactly("Hi n2", "Hi n1", "Hi n0");
    assertThat(p.amba().email().allDeliveries(EmailDeliveryQuery.all().status(EmailStatus.SUPPRESSED)))
        .extracting(EmailDelivery::toEmail).containsExactly("quiet@example.com");
    assertThat(p.raw().developer("GET", "/email/deliveries?status=lost", null).status()).isEqualTo(400);
    assertThat(p.raw().developer("GET", "/email/deliveries?limit=101", null).status()).isEqualTo(400);
    assertThatThrownBy(() -> p.amba().email().delivery("00000000-0000-4000-8000-000000000000"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }

  // ---------------------------------------------------------------- isolation

  @Test
  void anotherProject_seesNoneOfThisProjectsTemplatesDeliveriesOrSuppressions() {
    AmbaUser ada = userWithEmail("iso@example.com");
    ada.email().send("welcome", Map.of("name", "Ada"));
    p.amba().email().suppress("iso2@example.com");
    EmulatorProject other = p.emulator().createProject();
    try (AmbaClient them = AmbaClient.configure(p.emulator().config(other))) {
      assertThat(them.email().templates()).isEmpty();
      assertThat(them.email().deliveries(EmailDeliveryQuery.all(), 0, 10).total()).isZero();
      assertThat(them.email().suppressions()).isEmpty();
      String delivery = recorded().get(0).deliveryId();
      assertThatThrownBy(() -> them.email().delivery(delivery)).isInstanceOf(AmbaNotFoundException.class);
      assertThatThrownBy(() -> them.email().template("welcome")).isInstanceOf(AmbaNotFoundException.class);
      String theirUser = p.emulator().createUser(other);
      assertThatThrownBy(() -> them.asUser(theirUser).email().send("welcome", Map.of("name", "x")))
          .isInstanceOfSatisfying(AmbaNotFoundException.class,
              e -> assertThat(e.code()).isEqualTo("template_not_found"));
      assertThatThrownBy(() -> them.email().send(EmailRecipient.user(ada.uid()), EmailMessage.text("s", "t")))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("user_not_found"));
      assertThat(p.emulator().recordedEmails(other)).isEmpty();
    }
    assertThat(recorded()).hasSize(1);
  }
}
