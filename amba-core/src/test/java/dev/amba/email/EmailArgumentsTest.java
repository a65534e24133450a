package dev.amba.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Email calls refuse bad template names, addresses and bodies before anything is sent (33). */
class EmailArgumentsTest {

  private AmbaClient amba;

  @BeforeEach
  void client() {
    // Nothing listens on port 1: a call that got past its checks would fail with a transport error.
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").pat("amb_dev_pat_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void templateNames_areM1Keys() {
    for (String bad : new String[] {"Welcome", "1st", "a-b", "", "x".repeat(65)}) {
      assertThatThrownBy(() -> amba.asUser("me").email().send(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("template ");
      assertThatThrownBy(() -> amba.email().template(bad)).hasMessageStartingWith("template ");
      assertThatThrownBy(() -> NewEmailTemplate.of(bad, "s", "h")).hasMessageStartingWith("template ");
      assertThatThrownBy(() -> EmailMessage.template(bad)).hasMessageStartingWith("template ");
    }
    assertThatThrownBy(() -> amba.asUser("me").email().send(null)).hasMessageStartingWith("template ");
  }

  @Test
  void templatesAndMessages_checkSubjectsAndBodies() {
    assertThatThrownBy(() -> NewEmailTemplate.of("a", "", "h")).hasMessageStartingWith("subject ");
    assertThatThrownBy(() -> NewEmailTemplate.of("a", "x".repeat(999), "h")).hasMessageStartingWith("subject ");
    assertThatThrownBy(() -> NewEmailTemplate.of("a", "s", null)).hasMessageStartingWith("htmlBody ");
    assertThatThrownBy(() -> NewEmailTemplate.of("a", "s", "h").textBody("")).hasMessageStartingWith("textBody ");
    assertThatThrownBy(() -> EmailTemplateUpdate.create().htmlBody("x".repeat(256 * 1024 + 1)))
        .hasMessageStartingWith("htmlBody ");
    assertThatThrownBy(() -> amba.email().updateTemplate("a", EmailTemplateUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("update");
    assertThatThrownBy(() -> EmailMessage.text("s", null)).hasMessageStartingWith("text ");
    assertThatThrownBy(() -> EmailMessage.template("a").withText("t")).isInstanceOf(IllegalStateException.class);
    assertThat(NewEmailTemplate.of("a", "s", "h")).isEqualTo(NewEmailTemplate.of("a", "s", "h"))
        .hasToString("NewEmailTemplate{name=a, subject=s, html_body=h}");
  }

  @Test
  void addresses_recipientsAndData_areChecked() {
    for (String bad : new String[] {"nobody", "@example.com", "a@", "a b@example.com", "a@b@c", "x".repeat(320) + "@e"}) {
      assertThatThrownBy(() -> EmailRecipient.address(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("email ");
      assertThatThrownBy(() -> amba.email().suppress(bad)).hasMessageStartingWith("email ");
      assertThatThrownBy(() -> amba.email().unsuppress(bad)).hasMessageStartingWith("email ");
    }
    assertThatThrownBy(() -> EmailRecipient.user("a/b")).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> amba.email().suppress("a@b.c", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.email().send(null, EmailMessage.text("s", "t"))).isInstanceOf(NullPointerException.class);
    Map<String, Object> nullName = new HashMap<>();
    nullName.put(null, 1);
    assertThatThrownBy(() -> amba.asUser("me").email().send("a", nullName)).hasMessageContaining("variable name");
    assertThatThrownBy(() -> amba.email().delivery("d1")).hasMessageStartingWith("deliveryId ");
    assertThatThrownBy(() -> amba.email().deliveries(EmailDeliveryQuery.all(), 0, 101)).hasMessageStartingWith("limit ");
    assertThatThrownBy(() -> EmailDeliveryQuery.all().template("Bad")).hasMessageStartingWith("template ");
  }
}
